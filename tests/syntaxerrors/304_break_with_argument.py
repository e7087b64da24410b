break 2
