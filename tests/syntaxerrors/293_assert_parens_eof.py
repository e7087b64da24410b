assert(x,
