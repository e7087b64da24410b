package syntax

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// Codecs for coding cookies. Single-byte codecs use tables generated from
// CPython's own codecs (tokenizer_codecs_tables.go), so they decode and
// fail exactly like CPython; multi-byte codecs use golang.org/x/text.

// lookupCodec maps an encoding name as written in a coding cookie to the
// Python codec module it names ("" when unknown), like codecs.lookup.
func lookupCodec(name string) string {
	n := normalizeCodecName(name)
	if c, ok := codecAliases[n]; ok {
		return c
	}
	if c, ok := codecAliases[strings.ReplaceAll(n, ".", "_")]; ok {
		return c
	}
	return ""
}

var (
	charmapMu      sync.Mutex
	charmapDecoded = map[string]*[256]rune{}
)

func charmapTable(codec string) *[256]rune {
	charmapMu.Lock()
	defer charmapMu.Unlock()
	if t := charmapDecoded[codec]; t != nil {
		return t
	}
	s, ok := charmapTables[codec]
	if !ok {
		return nil
	}
	t := new([256]rune)
	i := 0
	for _, r := range s {
		if i < 256 {
			t[i] = r
		}
		i++
	}
	charmapDecoded[codec] = t
	return t
}

func multiByteEncoding(codec string) encoding.Encoding {
	switch codec {
	case "euc_jp", "euc_jisx0213":
		return japanese.EUCJP
	case "shift_jis", "cp932", "shift_jisx0213":
		return japanese.ShiftJIS
	case "iso2022_jp":
		return japanese.ISO2022JP
	case "gbk", "gb2312":
		return simplifiedchinese.GBK
	case "gb18030":
		return simplifiedchinese.GB18030
	case "hz":
		return simplifiedchinese.HZGB2312
	case "big5", "cp950", "big5hkscs":
		return traditionalchinese.Big5
	case "euc_kr", "cp949":
		return korean.EUCKR
	case "utf_16":
		return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	case "utf_16_le":
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case "utf_16_be":
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	case "utf_32":
		return utf32.UTF32(utf32.LittleEndian, utf32.UseBOM)
	case "utf_32_le":
		return utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM)
	case "utf_32_be":
		return utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM)
	}
	return nil
}

// decodeOther decodes text with a codec other than utf-8, ascii and
// latin-1, returning the text or CPython's error message.
func decodeOther(text, codec string) (string, string) {
	if codec == "utf_8_sig" {
		text = strings.TrimPrefix(text, "\xef\xbb\xbf")
		if msg := pyUTF8Error(text, "utf-8"); msg != "" {
			return "", msg
		}
		return text, ""
	}
	if tab := charmapTable(codec); tab != nil {
		buf := make([]byte, 0, len(text)+len(text)/4)
		for i := 0; i < len(text); i++ {
			r := tab[text[i]]
			if r == 0xFFFE {
				return "", fmt.Sprintf("'charmap' codec can't decode byte 0x%02x in position %d: character maps to <undefined>", text[i], i)
			}
			buf = utf8.AppendRune(buf, r)
		}
		return string(buf), ""
	}
	enc := multiByteEncoding(codec)
	if enc == nil {
		return "", "unknown encoding: " + codec
	}
	out, err := enc.NewDecoder().String(text)
	if err != nil || (strings.ContainsRune(out, utf8.RuneError) && !strings.Contains(text, "\xef\xbf\xbd")) {
		return "", fmt.Sprintf("'%s' codec can't decode bytes: illegal multibyte sequence", codec)
	}
	return out, ""
}
