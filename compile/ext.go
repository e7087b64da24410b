package compile

// Sub-operations of the EXT instruction (in its D operand): operations
// too rare to deserve an opcode of their own. The vm implements them in
// vm/ext.go.
const (
	ExtEGMatch          = iota // r[A], r[A+1] = except* match and rest of exception r[B] against type r[C]
	ExtPrepReraiseStar         // r[A] = exception to raise after except* handlers (None: none) from original r[B], list r[C]
	ExtGetAwaitable            // r[A] = the iterator of awaitable r[B] (C: 1 after __aenter__, 2 after __aexit__)
	ExtGetAIter                // r[A] = r[B].__aiter__()
	ExtGetANext                // r[A] = awaitable of r[B].__anext__()
	ExtBeforeAsyncWith         // r[A] = bound r[B].__aexit__, r[A+1] = r[B].__aenter__()
	ExtAsyncGenWrap            // r[A] = r[B] wrapped as an async generator's yielded value
	ExtCallLocals              // r[A] = r[B]() where r[B] is locals/vars/dir: the frame's namespace when it is the builtin
	ExtGetYieldFromIter        // r[A] = iterator for `yield from r[B]`
	ExtPrintExpr               // sys.displayhook(r[B]) (interactive expression statements)
	ExtSetupAnnotations        // __annotations__ = {} in the namespace unless it has one
)
