// Package pyfmt implements Python 3.11's rules for converting numbers and
// strings to and from text: the format-specification mini-language used by
// format() and str.format (ParseSpec, FormatInt, FormatFloat, FormatComplex,
// FormatStr), float repr and PyOS_double_to_string (FloatRepr, FloatFormat),
// float() and int() parsing (ParseFloat, ParseInt), float.hex/fromhex,
// as_integer_ratio, round(x, n), and the core of printf-style '%' formatting
// (Printf).
//
// The package is a leaf: it depends only on the Go standard library, and
// knows nothing of the object model. Errors are *Error values carrying the
// Python exception class name and message; the object layer converts them.
// Strings are UTF-8 (lone surrogates may be encoded WTF-8 style); widths
// and precisions count code points.
package pyfmt
