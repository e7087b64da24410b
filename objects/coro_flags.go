package objects

// Code flags for coroutines (next to CodeCoroutine in code.go).
const (
	// CodeAsyncGenerator marks an async def containing yield.
	CodeAsyncGenerator CodeFlags = 1 << 21
	// CodeIterableCoroutine marks a generator function usable with
	// await (types.coroutine).
	CodeIterableCoroutine CodeFlags = 1 << 22
)
