package syntax

// DecodeSource decodes a source file's bytes as the import system's
// decode_source does: the PEP 263 cookie or BOM, else UTF-8.
func DecodeSource(b []byte) (string, error) {
	text, _, err := decodeSource(b, "<source>")
	if err != nil {
		return "", err
	}
	return text, nil
}
