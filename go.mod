module taipan

go 1.26.8
