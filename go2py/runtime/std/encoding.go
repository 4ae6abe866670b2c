// Declarations of the API of Go's "encoding" package for go2py's type checker
// (see docs/declarations.md).

package encoding

type BinaryAppender interface {
	AppendBinary(b []byte) ([]byte, error)
}

type BinaryMarshaler interface {
	MarshalBinary() (data []byte, err error)
}

type BinaryUnmarshaler interface {
	UnmarshalBinary(data []byte) error
}

type TextAppender interface {
	AppendText(b []byte) ([]byte, error)
}

type TextMarshaler interface {
	MarshalText() (text []byte, err error)
}

type TextUnmarshaler interface {
	UnmarshalText(text []byte) error
}
