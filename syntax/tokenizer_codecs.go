package syntax

// lookupCodec maps an encoding name as written in a coding cookie to the
// Python codec it names ("" when unknown).
func lookupCodec(name string) string {
	n := normalizeCodecName(name)
	if c, ok := codecAliases[n]; ok {
		return c
	}
	return ""
}

var codecAliases = map[string]string{
	"utf_8": "utf_8", "utf8": "utf_8", "u8": "utf_8", "utf": "utf_8", "utf8_ucs2": "utf_8", "utf8_ucs4": "utf_8", "cp65001": "utf_8",
	"ascii": "ascii", "646": "ascii", "us_ascii": "ascii", "us": "ascii",
	"latin_1": "latin_1", "latin1": "latin_1", "iso8859_1": "latin_1", "l1": "latin_1", "latin": "latin_1", "iso_8859_1": "latin_1", "8859": "latin_1", "cp819": "latin_1", "iso_ir_100": "latin_1", "iso_8859_1_1987": "latin_1", "csisolatin1": "latin_1", "ibm819": "latin_1",
}

// decodeOther decodes text with a codec other than utf-8, ascii and
// latin-1.
func decodeOther(text, codec string) (string, string) {
	return "", "unknown encoding: " + codec
}
