package objects

// frame.clear(): CPython drops the frame's locals. Taipan's frame objects
// are views materialised on demand and hold no locals, so there is
// nothing to drop (traceback.clear_frames, used by unittest's
// assertRaises, calls it on every traceback frame).

func init() {
	FrameType.AddMethod("clear", func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *BaseException) {
		if err := NoArgs("clear", args, kwnames); err != nil {
			return Null, err
		}
		return None, nil
	})
}
