package pyfmt

// ErrKind names the Python exception class an Error stands for.
type ErrKind uint8

// The exception classes this package raises.
const (
	ValueError ErrKind = iota + 1
	TypeError
	OverflowError
	KeyError
	MemoryError
)

var kindNames = [...]string{"", "ValueError", "TypeError", "OverflowError", "KeyError", "MemoryError"}

// String returns the Python class name, e.g. "ValueError".
func (k ErrKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Exception"
}

// Error is a Python-level error: the exception class and its message
// (str(exc)). For KeyError, Msg is the missing key (already a repr).
type Error struct {
	Kind ErrKind
	Msg  string
}

func (e *Error) Error() string { return e.Kind.String() + ": " + e.Msg }

func valueError(msg string) error    { return &Error{ValueError, msg} }
func typeError(msg string) error     { return &Error{TypeError, msg} }
func overflowError(msg string) error { return &Error{OverflowError, msg} }

// maxOutput bounds the length of a result: asking for more (a huge width or
// precision) gives MemoryError instead of exhausting the Go heap. CPython
// would try (and usually fail) to allocate such strings; 256 Mi characters
// is far beyond any real use.
var maxOutput = 1 << 28

// SetMaxOutput changes the bound (tests and fuzzing lower it).
func SetMaxOutput(n int) { maxOutput = n }

func memoryError() error { return &Error{MemoryError, ""} }
