package io

import (
	"os"
	"sync"

	"taipan/objects"
)

var (
	stdMu                     sync.Mutex
	stdIn, stdOut, stdErr     Value
	stdOutText, stdErrText    *TextIO
	stdOutBuf, stdErrBuf      *Buffered
	stdInitialised, stdClosed bool
)

func stdStream(t *objects.Thread, fd int, name, mode string, writable bool, errors string, lineBuffering bool, sinkT *objects.Thread, stderr bool) Value {
	f := newFileIOObject(FileIOType)
	f.fd, f.closefd = fd, false
	if writable {
		f.writable = true
		if stderr {
			f.sink = sinkT.Stderr
		} else {
			f.sink, f.sinkFlush = sinkT.Stdout, sinkT.Stdout.Flush
		}
	} else {
		f.readable = true
	}
	raw := objects.Obj(f)
	objects.AttrsOf(raw).Set(FileIOType.RootMap, strName, str(name))
	btype, kind := BufferedReaderType, kindReader
	if writable {
		btype, kind = BufferedWriterType, kindWriter
	}
	b := newBuffered(btype, kind)
	b.setup(t, raw, DefaultBufferSize)
	b.std = true
	tw := &TextIO{}
	tw.SetType(TextIOWrapperType)
	tw.Attrs.Map = TextIOWrapperType.RootMap
	if writable && unbuffered() {
		// -u / PYTHONUNBUFFERED: the text layer writes straight to the raw file
		tw.buffer, tw.fraw, tw.writeThrough = raw, f, true
		lineBuffering = false
		b = nil
	} else {
		tw.buffer, tw.fbuf = objects.Obj(b), b
	}
	tw.encoding, tw.encV, tw.errors = "utf-8", str("utf-8"), errors
	tw.chunkSize = DefaultBufferSize
	tw.lineBuffering = lineBuffering
	tw.setNewline("\n", true) // CPython opens the POSIX std streams with newline="\n"
	tw.setupCodec(t, !writable, writable)
	tw.seekable = f.isSeekable()
	tw.telling = tw.seekable
	tw.hasRead1, tw.ok, tw.std = true, true, true
	v := objects.Obj(tw)
	objects.AttrsOf(v).Set(TextIOWrapperType.RootMap, strMode, str(mode))
	if writable {
		if stderr {
			stdErrText, stdErrBuf = tw, b
		} else {
			stdOutText, stdOutBuf = tw, b
		}
	}
	return v
}

// Unbuffered is set by the command line's -u option.
var Unbuffered bool

func unbuffered() bool { return Unbuffered || os.Getenv("PYTHONUNBUFFERED") != "" }

// StdStreams returns the process's sys.stdin, sys.stdout and sys.stderr:
// TextIOWrapper objects over FileIO(0/1/2) (UTF-8; stdout line-buffered
// on a terminal and block-buffered otherwise; stderr line-buffered with
// backslashreplace). Output goes through t's Stdout and Stderr writers,
// so a host that redirects them (tests) captures it. They are created
// once per process.
func StdStreams(t *objects.Thread) (stdin, stdout, stderr Value) {
	stdMu.Lock()
	defer stdMu.Unlock()
	if !stdInitialised {
		stdInitialised = true
		stdIn = stdStream(t, 0, "<stdin>", "r", false, "surrogateescape", isatty(0), t, false)
		stdOut = stdStream(t, 1, "<stdout>", "w", true, "surrogateescape", isatty(1), t, false)
		stdErr = stdStream(t, 2, "<stderr>", "w", true, "backslashreplace", true, t, true)
	}
	return stdIn, stdOut, stdErr
}

// Stdout returns the original sys.stdout (creating the streams if needed).
func Stdout(t *objects.Thread) Value {
	_, out, _ := StdStreams(t)
	return out
}

// FlushStd flushes the original standard output and error streams (at
// exit, and before a traceback is printed); other open buffered files
// are flushed too. Errors are returned for stdout.
func FlushStd(t *objects.Thread) *Exc {
	stdMu.Lock()
	out, errw := stdOutText, stdErrText
	stdMu.Unlock()
	var err *Exc
	if out != nil && out.ok {
		if c, _ := out.isClosed(t); !c {
			err = out.flush(t)
		}
	}
	FlushAll(t)
	if errw != nil && errw.ok {
		if c, _ := errw.isClosed(t); !c {
			errw.flush(t)
		}
	}
	return err
}

// ResetStdStreams forgets the standard streams so that the next
// StdStreams call creates them for its thread: a host that runs several
// programs in one process (tests, embedding) calls it per run.
func ResetStdStreams() {
	stdMu.Lock()
	stdInitialised, stdClosed = false, false
	stdIn, stdOut, stdErr = null, null, null
	stdOutText, stdErrText, stdOutBuf, stdErrBuf = nil, nil, nil, nil
	stdMu.Unlock()
}
