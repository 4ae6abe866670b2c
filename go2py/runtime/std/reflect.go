// Declarations of the API of Go's "reflect" package for go2py's type checker
// (see docs/declarations.md).
// This file declares all of reflect but the parts that need unsafe pointers
// (NewAt, SliceAt, the header types). Type carries an unexported marker method,
// as the real interface has unexported methods: no other package can implement it.

package reflect

import (
	"iter"
)

const (
	Array         Kind    = 17
	Bool          Kind    = 1
	BothDir       ChanDir = 3
	Chan          Kind    = 18
	Complex128    Kind    = 16
	Complex64     Kind    = 15
	Float32       Kind    = 13
	Float64       Kind    = 14
	Func          Kind    = 19
	Int           Kind    = 2
	Int16         Kind    = 4
	Int32         Kind    = 5
	Int64         Kind    = 6
	Int8          Kind    = 3
	Interface     Kind    = 20
	Invalid       Kind    = 0
	Map           Kind    = 21
	Pointer       Kind    = 22
	Ptr           Kind    = 22
	RecvDir       ChanDir = 1
	SendDir       ChanDir = 2
	Slice         Kind    = 23
	String        Kind    = 24
	Struct        Kind    = 25
	Uint          Kind    = 7
	Uint16        Kind    = 9
	Uint32        Kind    = 10
	Uint64        Kind    = 11
	Uint8         Kind    = 8
	Uintptr       Kind    = 12
	UnsafePointer Kind    = 26
)

func Append(s Value, x ...Value) Value
func AppendSlice(s, t Value) Value
func Copy(dst, src Value) int
func DeepEqual(x, y any) bool
func Indirect(v Value) Value
func MakeChan(typ Type, buffer int) Value
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value
func ArrayOf(length int, elem Type) Type
func ChanOf(dir ChanDir, t Type) Type
func FuncOf(in, out []Type, variadic bool) Type
func MapOf(key, elem Type) Type
func SliceOf(t Type) Type
func StructOf(fields []StructField) Type
func Select(cases []SelectCase) (chosen int, recv Value, recvOK bool)

type SelectDir int

const (
	SelectSend SelectDir = iota + 1
	SelectRecv
	SelectDefault
)

type SelectCase struct {
	Dir  SelectDir
	Chan Value
	Send Value
}
func MakeMap(typ Type) Value
func MakeMapWithSize(typ Type, n int) Value
func MakeSlice(typ Type, len, cap int) Value
func New(typ Type) Value
func PointerTo(t Type) Type
func PtrTo(t Type) Type
func Swapper(slice any) func(i int, j int)
func TypeAssert[T any](v Value) (T, bool)
func TypeFor[T any]() Type
func TypeOf(i any) Type
func ValueOf(i any) Value
func VisibleFields(t Type) []StructField
func Zero(typ Type) Value

type ChanDir int

func (d ChanDir) String() string

type Kind uint

func (k Kind) String() string

type MapIter struct {
	_ int
}

func (iter *MapIter) Key() Value
func (iter *MapIter) Next() bool
func (iter *MapIter) Reset(v Value)
func (iter *MapIter) Value() Value

type Method struct {
	Name    string
	PkgPath string
	Type    Type
	Func    Value
	Index   int
}

func (m Method) IsExported() bool

type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

func (f StructField) IsExported() bool

type StructTag string

func (tag StructTag) Get(key string) string
func (tag StructTag) Lookup(key string) (value string, ok bool)

type Type interface {
	common()
	Align() int
	AssignableTo(u Type) bool
	Bits() int
	CanSeq() bool
	CanSeq2() bool
	ChanDir() ChanDir
	Comparable() bool
	ConvertibleTo(u Type) bool
	Elem() Type
	Field(i int) StructField
	FieldAlign() int
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	FieldByNameFunc(match func(string) bool) (StructField, bool)
	Fields() iter.Seq[StructField]
	Implements(u Type) bool
	In(i int) Type
	Ins() iter.Seq[Type]
	IsVariadic() bool
	Key() Type
	Kind() Kind
	Len() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	Methods() iter.Seq[Method]
	Name() string
	NumField() int
	NumIn() int
	NumMethod() int
	NumOut() int
	Out(i int) Type
	Outs() iter.Seq[Type]
	OverflowComplex(x complex128) bool
	OverflowFloat(x float64) bool
	OverflowInt(x int64) bool
	OverflowUint(x uint64) bool
	PkgPath() string
	Size() uintptr
	String() string
}

type Value struct {
	_ int
}

func (v Value) Addr() Value
func (v Value) Bool() bool
func (v Value) Bytes() []byte
func (v Value) Call(in []Value) []Value
func (v Value) CallSlice(in []Value) []Value
func (v Value) CanAddr() bool
func (v Value) CanComplex() bool
func (v Value) CanConvert(t Type) bool
func (v Value) CanFloat() bool
func (v Value) CanInt() bool
func (v Value) CanInterface() bool
func (v Value) CanSet() bool
func (v Value) CanUint() bool
func (v Value) Cap() int
func (v Value) Clear()
func (v Value) Close()
func (v Value) Comparable() bool
func (v Value) Complex() complex128
func (v Value) Convert(t Type) Value
func (v Value) Elem() Value
func (v Value) Equal(u Value) bool
func (v Value) Field(i int) Value
func (v Value) FieldByIndex(index []int) Value
func (v Value) FieldByIndexErr(index []int) (Value, error)
func (v Value) FieldByName(name string) Value
func (v Value) FieldByNameFunc(match func(string) bool) Value
func (v Value) Fields() iter.Seq2[StructField, Value]
func (v Value) Float() float64
func (v Value) Grow(n int)
func (v Value) Index(i int) Value
func (v Value) Int() int64
func (v Value) Interface() (i any)
func (v Value) IsNil() bool
func (v Value) IsValid() bool
func (v Value) IsZero() bool
func (v Value) Kind() Kind
func (v Value) Len() int
func (v Value) MapIndex(key Value) Value
func (v Value) MapKeys() []Value
func (v Value) MapRange() *MapIter
func (v Value) Method(i int) Value
func (v Value) MethodByName(name string) Value
func (v Value) Methods() iter.Seq2[Method, Value]
func (v Value) NumField() int
func (v Value) NumMethod() int
func (v Value) OverflowComplex(x complex128) bool
func (v Value) OverflowFloat(x float64) bool
func (v Value) OverflowInt(x int64) bool
func (v Value) OverflowUint(x uint64) bool
func (v Value) Pointer() uintptr
func (v Value) Recv() (x Value, ok bool)
func (v Value) Send(x Value)
func (v Value) Seq() iter.Seq[Value]
func (v Value) Seq2() iter.Seq2[Value, Value]
func (v Value) Set(x Value)
func (v Value) SetBool(x bool)
func (v Value) SetBytes(x []byte)
func (v Value) SetCap(n int)
func (v Value) SetComplex(x complex128)
func (v Value) SetFloat(x float64)
func (v Value) SetInt(x int64)
func (v Value) SetIterKey(iter *MapIter)
func (v Value) SetIterValue(iter *MapIter)
func (v Value) SetLen(n int)
func (v Value) SetMapIndex(key, elem Value)
func (v Value) SetString(x string)
func (v Value) SetUint(x uint64)
func (v Value) SetZero()
func (v Value) Slice(i, j int) Value
func (v Value) Slice3(i, j, k int) Value
func (v Value) String() string
func (v Value) TryRecv() (x Value, ok bool)
func (v Value) TrySend(x Value) bool
func (v Value) Type() Type
func (v Value) Uint() uint64

type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string
