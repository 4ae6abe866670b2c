// Declarations of the API of Go's "io" package for go2py's type checker
// (see docs/declarations.md).

package io

const (
	SeekCurrent = 1
	SeekEnd     = 2
	SeekStart   = 0
)

var (
	Discard          Writer
	EOF              error
	ErrClosedPipe    error
	ErrNoProgress    error
	ErrShortBuffer   error
	ErrShortWrite    error
	ErrUnexpectedEOF error
)

func Copy(dst Writer, src Reader) (written int64, err error)
func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error)
func CopyN(dst Writer, src Reader, n int64) (written int64, err error)
func LimitReader(r Reader, n int64) Reader
func MultiReader(readers ...Reader) Reader
func MultiWriter(writers ...Writer) Writer
func NewOffsetWriter(w WriterAt, off int64) *OffsetWriter
func NewSectionReader(r ReaderAt, off, n int64) *SectionReader
func NopCloser(r Reader) ReadCloser
func Pipe() (*PipeReader, *PipeWriter)
func ReadAll(r Reader) ([]byte, error)
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error)
func ReadFull(r Reader, buf []byte) (n int, err error)
func TeeReader(r Reader, w Writer) Reader
func WriteString(w Writer, s string) (n int, err error)

type ByteReader interface {
	ReadByte() (byte, error)
}

type ByteScanner interface {
	ByteReader
	UnreadByte() error
}

type ByteWriter interface {
	WriteByte(c byte) error
}

type Closer interface {
	Close() error
}

type LimitedReader struct {
	R Reader
	N int64
}

func (l *LimitedReader) Read(p []byte) (n int, err error)

type OffsetWriter struct {
	_ int
}

func (o *OffsetWriter) Seek(offset int64, whence int) (int64, error)
func (o *OffsetWriter) Write(p []byte) (n int, err error)
func (o *OffsetWriter) WriteAt(p []byte, off int64) (n int, err error)

type PipeReader struct {
	_ int
}

func (r *PipeReader) Close() error
func (r *PipeReader) CloseWithError(err error) error
func (r *PipeReader) Read(data []byte) (n int, err error)

type PipeWriter struct {
	_ int
}

func (w *PipeWriter) Close() error
func (w *PipeWriter) CloseWithError(err error) error
func (w *PipeWriter) Write(data []byte) (n int, err error)

type ReadCloser interface {
	Reader
	Closer
}

type ReadSeekCloser interface {
	Reader
	Seeker
	Closer
}

type ReadSeeker interface {
	Reader
	Seeker
}

type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}

type ReadWriteSeeker interface {
	Reader
	Writer
	Seeker
}

type ReadWriter interface {
	Reader
	Writer
}

type Reader interface {
	Read(p []byte) (n int, err error)
}

type ReaderAt interface {
	ReadAt(p []byte, off int64) (n int, err error)
}

type ReaderFrom interface {
	ReadFrom(r Reader) (n int64, err error)
}

type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

type RuneScanner interface {
	RuneReader
	UnreadRune() error
}

type SectionReader struct {
	_ int
}

func (s *SectionReader) Outer() (r ReaderAt, off, n int64)
func (s *SectionReader) Read(p []byte) (n int, err error)
func (s *SectionReader) ReadAt(p []byte, off int64) (n int, err error)
func (s *SectionReader) Seek(offset int64, whence int) (int64, error)
func (s *SectionReader) Size() int64

type Seeker interface {
	Seek(offset int64, whence int) (int64, error)
}

type StringWriter interface {
	WriteString(s string) (n int, err error)
}

type WriteCloser interface {
	Writer
	Closer
}

type WriteSeeker interface {
	Writer
	Seeker
}

type Writer interface {
	Write(p []byte) (n int, err error)
}

type WriterAt interface {
	WriteAt(p []byte, off int64) (n int, err error)
}

type WriterTo interface {
	WriteTo(w Writer) (n int64, err error)
}
