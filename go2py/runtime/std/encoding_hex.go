// Declarations of the API of Go's "encoding/hex" package for go2py's type checker
// (see docs/declarations.md).

package hex

import (
	"io"
)

var (
	ErrLength error
)

func AppendDecode(dst, src []byte) ([]byte, error)
func AppendEncode(dst, src []byte) []byte
func Decode(dst, src []byte) (int, error)
func DecodeString(s string) ([]byte, error)
func DecodedLen(x int) int
func Dump(data []byte) string
func Dumper(w io.Writer) io.WriteCloser
func Encode(dst, src []byte) int
func EncodeToString(src []byte) string
func EncodedLen(n int) int
func NewDecoder(r io.Reader) io.Reader
func NewEncoder(w io.Writer) io.Writer

type InvalidByteError byte

func (e InvalidByteError) Error() string
