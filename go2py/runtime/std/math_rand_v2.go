// Declarations of the API of Go's "math/rand/v2" package for go2py's type checker
// (see docs/declarations.md).

package rand

func ExpFloat64() float64
func Float32() float32
func Float64() float64
func Int() int
func Int32() int32
func Int32N(n int32) int32
func Int64() int64
func Int64N(n int64) int64
func IntN(n int) int
func N[Int ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr](n Int) Int
func New(src Source) *Rand
func NewChaCha8(seed [32]byte) *ChaCha8
func NewPCG(seed1, seed2 uint64) *PCG
func NewZipf(r *Rand, s, v float64, imax uint64) *Zipf
func NormFloat64() float64
func Perm(n int) []int
func Shuffle(n int, swap func(i int, j int))
func Uint() uint
func Uint32() uint32
func Uint32N(n uint32) uint32
func Uint64() uint64
func Uint64N(n uint64) uint64
func UintN(n uint) uint

type ChaCha8 struct {
	_ int
}

func (c *ChaCha8) AppendBinary(b []byte) ([]byte, error)
func (c *ChaCha8) MarshalBinary() ([]byte, error)
func (c *ChaCha8) Read(p []byte) (n int, err error)
func (c *ChaCha8) Seed(seed [32]byte)
func (c *ChaCha8) Uint64() uint64
func (c *ChaCha8) UnmarshalBinary(data []byte) error

type PCG struct {
	_ int
}

func (p *PCG) AppendBinary(b []byte) ([]byte, error)
func (p *PCG) MarshalBinary() ([]byte, error)
func (p *PCG) Seed(seed1, seed2 uint64)
func (p *PCG) Uint64() uint64
func (p *PCG) UnmarshalBinary(data []byte) error

type Rand struct {
	_ int
}

func (r *Rand) ExpFloat64() float64
func (r *Rand) Float32() float32
func (r *Rand) Float64() float64
func (r *Rand) Int() int
func (r *Rand) Int32() int32
func (r *Rand) Int32N(n int32) int32
func (r *Rand) Int64() int64
func (r *Rand) Int64N(n int64) int64
func (r *Rand) IntN(n int) int
func (r *Rand) N[Int ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr](n Int) Int
func (r *Rand) NormFloat64() float64
func (r *Rand) Perm(n int) []int
func (r *Rand) Shuffle(n int, swap func(i int, j int))
func (r *Rand) Uint() uint
func (r *Rand) Uint32() uint32
func (r *Rand) Uint32N(n uint32) uint32
func (r *Rand) Uint64() uint64
func (r *Rand) Uint64N(n uint64) uint64
func (r *Rand) UintN(n uint) uint

type Source interface {
	Uint64() uint64
}

type Zipf struct {
	_ int
}

func (z *Zipf) Uint64() uint64
