// Declarations of the API of Go's "math" package for go2py's type checker
// (see docs/declarations.md).

package math

const (
	E                      = 2.71828182845904523536028747135266249775724709369995957496696763
	Ln10                   = 2.3025850929940456840179914546843642076011014886287729760333279
	Ln2                    = 0.693147180559945309417232121458176568075500134360255254120680009
	Log10E                 = 1 / Ln10
	Log2E                  = 1 / Ln2
	MaxFloat32             = 0x1.fffffep+127
	MaxFloat64             = 0x1.fffffffffffffp+1023
	MaxInt                 = 9223372036854775807
	MaxInt16               = 32767
	MaxInt32               = 2147483647
	MaxInt64               = 9223372036854775807
	MaxInt8                = 127
	MaxUint                = 18446744073709551615
	MaxUint16              = 65535
	MaxUint32              = 4294967295
	MaxUint64              = 18446744073709551615
	MaxUint8               = 255
	MinInt                 = -9223372036854775808
	MinInt16               = -32768
	MinInt32               = -2147483648
	MinInt64               = -9223372036854775808
	MinInt8                = -128
	Phi                    = 1.61803398874989484820458683436563811772030917980576286213544862
	Pi                     = 3.14159265358979323846264338327950288419716939937510582097494459
	SmallestNonzeroFloat32 = 0x1p-149
	SmallestNonzeroFloat64 = 0x1p-1074
	Sqrt2                  = 1.41421356237309504880168872420969807856967187537694807317667974
	SqrtE                  = 1.64872127070012814684865078781416357165377610071014801157507931
	SqrtPhi                = 1.27201964951406896425242246173749149171560804184009624861664038
	SqrtPi                 = 1.77245385090551602729816748334114518279754945612238712821380779
)

func Abs(x float64) float64
func Acos(x float64) float64
func Acosh(x float64) float64
func Asin(x float64) float64
func Asinh(x float64) float64
func Atan(x float64) float64
func Atan2(y, x float64) float64
func Atanh(x float64) float64
func Cbrt(x float64) float64
func Ceil(x float64) float64
func Copysign(f, sign float64) float64
func Cos(x float64) float64
func Cosh(x float64) float64
func Dim(x, y float64) float64
func Erf(x float64) float64
func Erfc(x float64) float64
func Erfcinv(x float64) float64
func Erfinv(x float64) float64
func Exp(x float64) float64
func Exp2(x float64) float64
func Expm1(x float64) float64
func FMA(x, y, z float64) float64
func Float32bits(f float32) uint32
func Float32frombits(b uint32) float32
func Float64bits(f float64) uint64
func Float64frombits(b uint64) float64
func Floor(x float64) float64
func Frexp(f float64) (frac float64, exp int)
func Gamma(x float64) float64
func Hypot(p, q float64) float64
func Ilogb(x float64) int
func Inf(sign int) float64
func IsInf(f float64, sign int) bool
func IsNaN(f float64) (is bool)
func J0(x float64) float64
func J1(x float64) float64
func Jn(n int, x float64) float64
func Ldexp(frac float64, exp int) float64
func Lgamma(x float64) (lgamma float64, sign int)
func Log(x float64) float64
func Log10(x float64) float64
func Log1p(x float64) float64
func Log2(x float64) float64
func Logb(x float64) float64
func Max(x, y float64) float64
func Min(x, y float64) float64
func Mod(x, y float64) float64
func Modf(f float64) (integer, fractional float64)
func NaN() float64
func Nextafter(x, y float64) (r float64)
func Nextafter32(x, y float32) (r float32)
func Pow(x, y float64) float64
func Pow10(n int) float64
func Remainder(x, y float64) float64
func Round(x float64) float64
func RoundToEven(x float64) float64
func Signbit(x float64) bool
func Sin(x float64) float64
func Sincos(x float64) (sin, cos float64)
func Sinh(x float64) float64
func Sqrt(x float64) float64
func Tan(x float64) float64
func Tanh(x float64) float64
func Trunc(x float64) float64
func Y0(x float64) float64
func Y1(x float64) float64
func Yn(n int, x float64) float64
