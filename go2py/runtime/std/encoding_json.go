// Declarations of the API of Go's "encoding/json" package for go2py's type checker
// (see docs/declarations.md).
// Go 1.27 implements this package on encoding/json/v2 and encoding/json/jsontext,
// which go2py does not declare. Here Options, an alias of an internal type in Go,
// is an interface no other package can implement; Marshaler, Unmarshaler and
// RawMessage, aliases of v2 and jsontext types in Go, are defined with the same
// definitions and the methods that do not mention jsontext; Number's
// MarshalJSONTo and UnmarshalJSONFrom, which take jsontext's Encoder and Decoder,
// are left out.

package json

import (
	"bytes"
	"io"
	"reflect"
)

func CallMethodsWithLegacySemantics(v bool) Options
func Compact(dst *bytes.Buffer, src []byte) error
func DefaultOptionsV1() Options
func FormatByteArrayAsArray(v bool) Options
func FormatBytesWithLegacySemantics(v bool) Options
func FormatDurationAsNano(v bool) Options
func HTMLEscape(dst *bytes.Buffer, src []byte)
func Indent(dst *bytes.Buffer, src []byte, prefix, indent string) error
func Marshal(v any) ([]byte, error)
func MarshalIndent(v any, prefix, indent string) ([]byte, error)
func MatchCaseSensitiveDelimiter(v bool) Options
func MergeWithLegacySemantics(v bool) Options
func NewDecoder(r io.Reader) *Decoder
func NewEncoder(w io.Writer) *Encoder
func OmitEmptyWithLegacySemantics(v bool) Options
func ParseBytesWithLooseRFC4648(v bool) Options
func ParseTimeWithLooseRFC3339(v bool) Options
func ReportErrorsWithLegacySemantics(v bool) Options
func StringifyWithLegacySemantics(v bool) Options
func Unmarshal(data []byte, v any) error
func UnmarshalArrayFromAnyLength(v bool) Options
func Valid(data []byte) bool

type Decoder struct {
	_ int
}

func (dec *Decoder) Buffered() io.Reader
func (dec *Decoder) Decode(v any) error
func (dec *Decoder) DisallowUnknownFields()
func (dec *Decoder) InputOffset() int64
func (dec *Decoder) More() bool
func (dec *Decoder) Token() (Token, error)
func (dec *Decoder) UseNumber()

type Delim rune

func (d Delim) String() string

type Encoder struct {
	_ [0]func()
}

func (enc *Encoder) Encode(v any) error
func (enc *Encoder) SetEscapeHTML(on bool)
func (enc *Encoder) SetIndent(prefix, indent string)

type InvalidUTF8Error struct {
	S string
}

func (e *InvalidUTF8Error) Error() string

type InvalidUnmarshalError struct {
	Type reflect.Type
}

func (e *InvalidUnmarshalError) Error() string

type Marshaler interface {
	MarshalJSON() ([]byte, error)
}

type MarshalerError struct {
	Type reflect.Type
	Err  error
	_    int
}

func (e *MarshalerError) Error() string
func (e *MarshalerError) Unwrap() error

type Number string

func (n Number) Float64() (float64, error)
func (n Number) Int64() (int64, error)
func (n Number) String() string

type Options interface {
	jsonOptions()
}

type RawMessage []byte

func (v RawMessage) Clone() RawMessage
func (v RawMessage) MarshalJSON() ([]byte, error)
func (v RawMessage) String() string
func (v *RawMessage) UnmarshalJSON(b []byte) error

type SyntaxError struct {
	Offset int64
	_      int
}

func (e *SyntaxError) Error() string

type Token interface{}

type UnmarshalFieldError struct {
	Key   string
	Type  reflect.Type
	Field reflect.StructField
}

func (e *UnmarshalFieldError) Error() string

type UnmarshalTypeError struct {
	Value  string
	Type   reflect.Type
	Offset int64
	Struct string
	Field  string
	Err    error
}

func (e *UnmarshalTypeError) Error() string
func (e *UnmarshalTypeError) Unwrap() error

type Unmarshaler interface {
	UnmarshalJSON([]byte) error
}

type UnsupportedTypeError struct {
	Type reflect.Type
}

func (e *UnsupportedTypeError) Error() string

type UnsupportedValueError struct {
	Value reflect.Value
	Str   string
}

func (e *UnsupportedValueError) Error() string
