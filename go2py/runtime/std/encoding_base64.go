// Declarations of the API of Go's "encoding/base64" package for go2py's type checker
// (see docs/declarations.md).

package base64

import (
	"io"
)

const (
	NoPadding  rune = -1
	StdPadding rune = 61
)

var (
	RawStdEncoding *Encoding
	RawURLEncoding *Encoding
	StdEncoding    *Encoding
	URLEncoding    *Encoding
)

func NewDecoder(enc *Encoding, r io.Reader) io.Reader
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser
func NewEncoding(encoder string) *Encoding

type CorruptInputError int64

func (e CorruptInputError) Error() string

type Encoding struct {
	_ int
}

func (enc *Encoding) AppendDecode(dst, src []byte) ([]byte, error)
func (enc *Encoding) AppendEncode(dst, src []byte) []byte
func (enc *Encoding) Decode(dst, src []byte) (n int, err error)
func (enc *Encoding) DecodeString(s string) ([]byte, error)
func (enc *Encoding) DecodedLen(n int) int
func (enc *Encoding) Encode(dst, src []byte)
func (enc *Encoding) EncodeToString(src []byte) string
func (enc *Encoding) EncodedLen(n int) int
func (enc Encoding) Strict() *Encoding
func (enc Encoding) WithPadding(padding rune) *Encoding
