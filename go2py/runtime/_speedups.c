/* The hot paths of go2py's value model in C: the slice header's element access and the
 * integer and float operations that translated arithmetic calls on every step (and, in
 * _speedups_chan.c, the channel header's send and receive).
 *
 * Optional: go2py/runtime/values.py defines every name here in Python too, and uses these
 * only when this module was built. Each function takes the fast path when its operands are
 * plain machine-sized numbers and otherwise calls the Python definition it was given by
 * `install`, so both give the same results and the same panics. */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>
#include <math.h>

/* Python callables set by install(): the fallbacks and the panic constructor. */
static PyObject *index_error;   /* index_error(i, length) -> exception instance */
static PyObject *py_quo;
static PyObject *py_rem;
static PyObject *py_fdiv;
static PyObject *py_copy;
static PyObject *py_slice;      /* the Python definition of Slice.slice */
static PyObject *py_str_len;
static PyObject *py_str_index;
static PyObject *py_str_slice;
static PyObject *py_append;
int take_def(PyObject *defs, const char *name, PyObject **slot);
static PyTypeObject *slice_type;

/* A call of the Python definition f (NULL until install() has run). */
static PyObject *
fallback(PyObject *f, PyObject *const *args, size_t nargs, PyObject *kwnames)
{
    if (f == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "go2py.runtime._speedups: install() was not called");
        return NULL;
    }
    return PyObject_Vectorcall(f, args, nargs, kwnames);
}

/* ------------------------------------------------------------ the slice header */

typedef struct {
    PyObject_HEAD
    PyObject *a;      /* the backing array: a list (fast), or a bytearray (bytes.Buffer's) */
    Py_ssize_t off;
    Py_ssize_t len;
    Py_ssize_t cap;
} SliceObject;

/* A header over a from off: length and cap default (None) to the rest of a. */
static int
slice_set(SliceObject *self, PyObject *a, Py_ssize_t off, PyObject *length, PyObject *cap)
{
    Py_ssize_t n = PyObject_Size(a);
    if (n < 0)
        return -1;
    n -= off;
    Py_ssize_t l = n, c = n;
    if (length != Py_None && (l = PyLong_AsSsize_t(length)) == -1 && PyErr_Occurred())
        return -1;
    if (cap != Py_None && (c = PyLong_AsSsize_t(cap)) == -1 && PyErr_Occurred())
        return -1;
    Py_INCREF(a);
    Py_XSETREF(self->a, a);
    self->off = off;
    self->len = l;
    self->cap = c;
    return 0;
}

static int
slice_init(SliceObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"a", "off", "length", "cap", NULL};
    PyObject *a, *length = Py_None, *cap = Py_None;
    Py_ssize_t off = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|nOO", kwlist, &a, &off, &length, &cap))
        return -1;
    return slice_set(self, a, off, length, cap);
}

/* Calling the class with positional arguments, without type_call's generic path (the
 * tp_vectorcall of the Python class Slice, set by fast_construct): a slice literal or make()
 * costs one allocation. Keywords go the generic way. */
static PyObject *
slice_vectorcall(PyObject *type, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (kwnames == NULL && nargs >= 1 && nargs <= 4) {
        Py_ssize_t off = 0;
        if (nargs >= 2 && (off = PyLong_AsSsize_t(args[1])) == -1 && PyErr_Occurred())
            return NULL;
        PyTypeObject *tp = (PyTypeObject *)type;
        SliceObject *r = (SliceObject *)tp->tp_alloc(tp, 0);
        if (r == NULL)
            return NULL;
        if (slice_set(r, args[0], off, nargs >= 3 ? args[2] : Py_None, nargs >= 4 ? args[3] : Py_None) < 0) {
            Py_DECREF(r);
            return NULL;
        }
        return (PyObject *)r;
    }
    PyObject *tuple = PyTuple_New(nargs);
    if (tuple == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < nargs; i++)
        PyTuple_SET_ITEM(tuple, i, Py_NewRef(args[i]));
    PyObject *kw = NULL;
    if (kwnames != NULL) {
        kw = PyDict_New();
        for (Py_ssize_t i = 0; kw != NULL && i < PyTuple_GET_SIZE(kwnames); i++)
            if (PyDict_SetItem(kw, PyTuple_GET_ITEM(kwnames, i), args[nargs + i]) < 0)
                Py_CLEAR(kw);
        if (kw == NULL) {
            Py_DECREF(tuple);
            return NULL;
        }
    }
    PyObject *r = PyType_Type.tp_call(type, tuple, kw);
    Py_DECREF(tuple);
    Py_XDECREF(kw);
    return r;
}

/* fast_construct(cls): cls, a subclass of SliceBase adding no state, is called through
 * slice_vectorcall. */
static PyObject *
fast_construct(PyObject *m, PyObject *cls)
{
    if (!PyType_Check(cls) || !PyType_IsSubtype((PyTypeObject *)cls, slice_type) ||
        ((PyTypeObject *)cls)->tp_basicsize != slice_type->tp_basicsize) {
        PyErr_SetString(PyExc_TypeError, "fast_construct() needs a subclass of SliceBase without fields");
        return NULL;
    }
    ((PyTypeObject *)cls)->tp_vectorcall = slice_vectorcall;
    Py_RETURN_NONE;
}

static int
slice_traverse(SliceObject *self, visitproc visit, void *arg)
{
    Py_VISIT(self->a);
    Py_VISIT(Py_TYPE(self));
    return 0;
}

static int
slice_clear(SliceObject *self)
{
    Py_CLEAR(self->a);
    return 0;
}

static void
slice_dealloc(SliceObject *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    PyObject_GC_UnTrack(self);
    slice_clear(self);
    tp->tp_free((PyObject *)self);
    Py_DECREF(tp);
}

static Py_ssize_t
slice_length(SliceObject *self)
{
    return self->len;
}

/* The element index of key in self's backing list, or -1 with the Go panic (or a TypeError)
 * set. */
static Py_ssize_t
slice_index(SliceObject *self, PyObject *key)
{
    if (!PyLong_Check(key)) {
        PyErr_Format(PyExc_TypeError, "slice index must be an int, not %.100s",
                     Py_TYPE(key)->tp_name);
        return -1;
    }
    int overflow;
    long long i = PyLong_AsLongLongAndOverflow(key, &overflow);
    if (i == -1 && PyErr_Occurred())
        return -1;
    if (self->off < 0 || self->a == NULL) {
        PyErr_SetString(PyExc_ValueError, "a slice header without an array or with a negative offset");
        return -1;
    }
    if (!overflow && i >= 0 && i < self->len)
        return self->off + (Py_ssize_t)i;
    PyObject *n = PyLong_FromSsize_t(self->len);
    if (n == NULL)
        return -1;
    PyObject *args[2] = {key, n};
    PyObject *exc = fallback(index_error, args, 2, NULL);
    Py_DECREF(n);
    if (exc != NULL) {
        PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
        Py_DECREF(exc);
    }
    return -1;
}

static PyObject *
slice_subscript(SliceObject *self, PyObject *key)
{
    Py_ssize_t j = slice_index(self, key);
    if (j < 0)
        return NULL;
    if (PyList_CheckExact(self->a) && j >= 0 && j < PyList_GET_SIZE(self->a))
        return Py_NewRef(PyList_GET_ITEM(self->a, j));
    return PySequence_GetItem(self->a, j);
}

static int
slice_ass_subscript(SliceObject *self, PyObject *key, PyObject *value)
{
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "slice elements cannot be deleted");
        return -1;
    }
    Py_ssize_t j = slice_index(self, key);
    if (j < 0)
        return -1;
    if (PyList_CheckExact(self->a) && j >= 0 && j < PyList_GET_SIZE(self->a)) {
        PyObject *old = PyList_GET_ITEM(self->a, j);
        PyList_SET_ITEM(self->a, j, Py_NewRef(value));
        Py_DECREF(old);
        return 0;
    }
    return PySequence_SetItem(self->a, j, value);
}

static PyObject *
slice_get_a(SliceObject *self, void *closure)
{
    return Py_NewRef(self->a ? self->a : Py_None);
}

static int
slice_set_a(SliceObject *self, PyObject *value, void *closure)
{
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "a slice's backing array cannot be deleted");
        return -1;
    }
    Py_INCREF(value);
    Py_XSETREF(self->a, value);
    return 0;
}

/* s.slice(lo, hi[, max]): a new header over the same array. Every case that is out of range,
 * or the nil slice's, is left to the Python definition, which panics in Go's words. */
static int
bound(PyObject *x, Py_ssize_t dflt, Py_ssize_t *out)
{
    if (x == Py_None) {
        *out = dflt;
        return 1;
    }
    if (!PyLong_CheckExact(x))
        return 0;
    int overflow;
    long long v = PyLong_AsLongLongAndOverflow(x, &overflow);
    if (overflow || (v == -1 && PyErr_Occurred())) {
        PyErr_Clear();
        return 0;
    }
    *out = (Py_ssize_t)v;
    return 1;
}

static PyObject *
slice_slice(SliceObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t lo, hi, cap;
    if (nargs >= 2 && nargs <= 4 && self->cap > 0 && bound(args[0], 0, &lo) &&
        bound(args[1], self->len, &hi) && (nargs == 2 || bound(args[2], self->cap, &cap))) {
        if (nargs == 2)
            cap = self->cap;
        if (cap >= 0 && cap <= self->cap && hi >= 0 && hi <= cap && lo >= 0 && lo <= hi) {
            PyTypeObject *tp = Py_TYPE(self);
            SliceObject *r = (SliceObject *)tp->tp_alloc(tp, 0);
            if (r == NULL)
                return NULL;
            r->a = Py_NewRef(self->a);
            r->off = self->off + lo;
            r->len = hi - lo;
            r->cap = cap - lo;
            return (PyObject *)r;
        }
    }
    if (nargs > 4) {
        PyErr_SetString(PyExc_TypeError, "slice() takes at most 4 arguments");
        return NULL;
    }
    PyObject *full[5] = {(PyObject *)self, NULL, NULL, NULL, NULL};
    for (Py_ssize_t i = 0; i < nargs; i++)
        full[i + 1] = args[i];
    return fallback(py_slice, full, nargs + 1, NULL);
}

/* Iteration reads the elements live, within the length the slice had when it began. */
typedef struct {
    PyObject_HEAD
    PyObject *a;
    Py_ssize_t pos, end;
} SliceIterObject;

static PyTypeObject *slice_iter_type;

static PyObject *
slice_iter(SliceObject *self)
{
    SliceIterObject *it = PyObject_GC_New(SliceIterObject, slice_iter_type);
    if (it == NULL)
        return NULL;
    it->a = Py_XNewRef(self->a);
    it->pos = self->off;
    it->end = self->off + self->len;
    PyObject_GC_Track(it);
    return (PyObject *)it;
}

static PyObject *
slice_iter_next(SliceIterObject *it)
{
    if (it->a != NULL && it->pos >= 0 && it->pos < it->end) {
        if (PyList_CheckExact(it->a)) {
            if (it->pos < PyList_GET_SIZE(it->a))
                return Py_NewRef(PyList_GET_ITEM(it->a, it->pos++));
        }
        else if (it->pos < PyObject_Size(it->a))
            return PySequence_GetItem(it->a, it->pos++);
        PyErr_Clear();
    }
    Py_CLEAR(it->a);
    return NULL;
}

static int
slice_iter_traverse(SliceIterObject *it, visitproc visit, void *arg)
{
    Py_VISIT(it->a);
    Py_VISIT(Py_TYPE(it));
    return 0;
}

static int
slice_iter_clear(SliceIterObject *it)
{
    Py_CLEAR(it->a);
    return 0;
}

static void
slice_iter_dealloc(SliceIterObject *it)
{
    PyTypeObject *tp = Py_TYPE(it);
    PyObject_GC_UnTrack(it);
    Py_CLEAR(it->a);
    PyObject_GC_Del(it);
    Py_DECREF(tp);
}

static PyType_Slot slice_iter_slots[] = {
    {Py_tp_iter, PyObject_SelfIter},
    {Py_tp_iternext, slice_iter_next},
    {Py_tp_traverse, slice_iter_traverse},
    {Py_tp_clear, slice_iter_clear},
    {Py_tp_dealloc, slice_iter_dealloc},
    {0, NULL},
};

static PyType_Spec slice_iter_spec = {
    .name = "go2py.runtime._speedups.SliceIterator",
    .basicsize = sizeof(SliceIterObject),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .slots = slice_iter_slots,
};

static PyMethodDef slice_methods[] = {
    {"slice", (PyCFunction)(void (*)(void))slice_slice, METH_FASTCALL,
     "slice(lo, hi[, max[, array]]): s[lo:hi:max], sharing the array."},
    {NULL},
};

static PyGetSetDef slice_getset[] = {
    {"a", (getter)slice_get_a, (setter)slice_set_a, "the backing array", NULL},
    {NULL},
};

static PyMemberDef slice_members[] = {
    {"off", T_PYSSIZET, offsetof(SliceObject, off), 0, "the offset in the backing array"},
    {"len", T_PYSSIZET, offsetof(SliceObject, len), 0, "the length"},
    {"cap", T_PYSSIZET, offsetof(SliceObject, cap), 0, "the capacity"},
    {NULL},
};

static PyType_Slot slice_slots[] = {
    {Py_tp_doc, "The slice header's storage and element access (go2py.runtime.values.Slice)."},
    {Py_tp_init, slice_init},
    {Py_tp_new, PyType_GenericNew},
    {Py_tp_dealloc, slice_dealloc},
    {Py_tp_traverse, slice_traverse},
    {Py_tp_clear, slice_clear},
    {Py_tp_getset, slice_getset},
    {Py_tp_members, slice_members},
    {Py_tp_methods, slice_methods},
    {Py_tp_iter, slice_iter},
    {Py_mp_length, slice_length},
    {Py_sq_length, slice_length},
    {Py_mp_subscript, slice_subscript},
    {Py_mp_ass_subscript, slice_ass_subscript},
    {0, NULL},
};

static PyType_Spec slice_spec = {
    .name = "go2py.runtime._speedups.SliceBase",
    .basicsize = sizeof(SliceObject),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .slots = slice_slots,
};

/* copy(dst, src) of two slices: Python's list slice assignment, which handles overlap, on the
 * two windows. */
static PyObject *
go_copy(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2 || !PyObject_TypeCheck(args[0], slice_type) ||
        !PyObject_TypeCheck(args[1], slice_type))
        return fallback(py_copy, args, nargs, NULL);
    SliceObject *dst = (SliceObject *)args[0], *src = (SliceObject *)args[1];
    Py_ssize_t n = dst->len < src->len ? dst->len : src->len;
    if (n > 0) {
        if (!PyList_CheckExact(dst->a) || !PyList_CheckExact(src->a) ||
            dst->off + n > PyList_GET_SIZE(dst->a) || src->off + n > PyList_GET_SIZE(src->a))
            return fallback(py_copy, args, nargs, NULL);
        PyObject *items = PyList_GetSlice(src->a, src->off, src->off + n);
        if (items == NULL)
            return NULL;
        int r = PyList_SetSlice(dst->a, dst->off, dst->off + n, items);
        Py_DECREF(items);
        if (r < 0)
            return NULL;
    }
    return PyLong_FromSsize_t(n);
}

/* append(s, *xs, es=..., ptr=..., z=...) within s's capacity: the elements written into the
 * shared array after s's length, a new header returned. Growing (the keywords' business)
 * is left to the Python definition. */
static PyObject *
go_append(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (nargs >= 1 && PyObject_TypeCheck(args[0], slice_type)) {
        SliceObject *s = (SliceObject *)args[0];
        Py_ssize_t k = nargs - 1;
        if (k == 0)
            return Py_NewRef(args[0]);
        PyObject *a = s->a;
        Py_ssize_t end = s->off + s->len;
        if (s->off >= 0 && s->len >= 0 && s->len + k <= s->cap && PyList_CheckExact(a) &&
            end <= PyList_GET_SIZE(a)) {
            for (Py_ssize_t i = 0; i < k; i++) {
                PyObject *x = args[1 + i];
                if (end + i < PyList_GET_SIZE(a)) {
                    PyObject *old = PyList_GET_ITEM(a, end + i);
                    PyList_SET_ITEM(a, end + i, Py_NewRef(x));
                    Py_DECREF(old);
                }
                else if (PyList_Append(a, x) < 0)
                    return NULL;
            }
            PyTypeObject *tp = Py_TYPE(s);
            SliceObject *r = (SliceObject *)tp->tp_alloc(tp, 0);
            if (r == NULL)
                return NULL;
            r->a = Py_NewRef(a);
            r->off = s->off;
            r->len = s->len + k;
            r->cap = s->cap;
            return (PyObject *)r;
        }
    }
    return fallback(py_append, args, nargs, kwnames);
}

/* ------------------------------------------------------------ integers */

/* wrap_intN / wrap_uintN: x itself when it already fits, else the two's complement
 * truncation. Only values beyond 64 bits take the arbitrary-precision path. */
static PyObject *
wrap_signed(PyObject *x, int bits)
{
    int overflow;
    long long v = PyLong_AsLongLongAndOverflow(x, &overflow);
    if (v == -1 && PyErr_Occurred())
        return NULL;
    if (!overflow) {
        if (bits == 64)
            return Py_NewRef(x);
        long long half = 1LL << (bits - 1);
        if (v >= -half && v < half)
            return Py_NewRef(x);
        unsigned long long mask = (1ULL << bits) - 1;
        unsigned long long u = ((unsigned long long)v + (unsigned long long)half) & mask;
        return PyLong_FromLongLong((long long)u - half);
    }
    /* beyond 64 bits: the low 64 bits, then as above */
    unsigned long long low = PyLong_AsUnsignedLongLongMask(x);
    if (low == (unsigned long long)-1 && PyErr_Occurred())
        return NULL;
    if (bits == 64)
        return PyLong_FromLongLong((long long)low);
    unsigned long long mask = (1ULL << bits) - 1, half = 1ULL << (bits - 1);
    return PyLong_FromLongLong((long long)((low + half) & mask) - (long long)half);
}

static PyObject *
wrap_unsigned(PyObject *x, int bits)
{
    int overflow;
    long long v = PyLong_AsLongLongAndOverflow(x, &overflow);
    if (v == -1 && PyErr_Occurred())
        return NULL;
    if (!overflow && v >= 0 && (bits == 64 || v < (1LL << bits)))
        return Py_NewRef(x);
    unsigned long long low = PyLong_AsUnsignedLongLongMask(x);
    if (low == (unsigned long long)-1 && PyErr_Occurred())
        return NULL;
    if (bits < 64)
        low &= (1ULL << bits) - 1;
    return PyLong_FromUnsignedLongLong(low);
}

#define WRAP(name, kind, bits)                                                                \
    static PyObject *name(PyObject *m, PyObject *x)                                           \
    {                                                                                         \
        if (!PyLong_Check(x)) {                                                               \
            PyErr_Format(PyExc_TypeError, #name "() needs an int, not %.100s",                \
                         Py_TYPE(x)->tp_name);                                                \
            return NULL;                                                                      \
        }                                                                                     \
        return kind(x, bits);                                                                 \
    }

WRAP(wrap_int8, wrap_signed, 8)
WRAP(wrap_int16, wrap_signed, 16)
WRAP(wrap_int32, wrap_signed, 32)
WRAP(wrap_int64, wrap_signed, 64)
WRAP(wrap_uint8, wrap_unsigned, 8)
WRAP(wrap_uint16, wrap_unsigned, 16)
WRAP(wrap_uint32, wrap_unsigned, 32)
WRAP(wrap_uint64, wrap_unsigned, 64)

/* Both operands as machine integers, with b neither 0 nor -1 (whose quotient of the
 * smallest int64 overflows): the cases C's truncating / and % answer as Go's do. */
static int
small_operands(PyObject *const *args, long long *a, long long *b)
{
    if (!PyLong_CheckExact(args[0]) || !PyLong_CheckExact(args[1]))
        return 0;
    int oa, ob;
    *a = PyLong_AsLongLongAndOverflow(args[0], &oa);
    *b = PyLong_AsLongLongAndOverflow(args[1], &ob);
    if (PyErr_Occurred()) {
        PyErr_Clear();
        return 0;
    }
    return !oa && !ob && *b != 0 && *b != -1;
}

static PyObject *
go_quo(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    long long a, b;
    if (nargs == 2 && small_operands(args, &a, &b))
        return PyLong_FromLongLong(a / b);
    return fallback(py_quo, args, nargs, NULL);
}

static PyObject *
go_rem(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    long long a, b;
    if (nargs == 2 && small_operands(args, &a, &b))
        return PyLong_FromLongLong(a % b);
    return fallback(py_rem, args, nargs, NULL);
}

/* ------------------------------------------------------------ floats */

/* IEEE 754 division, as Go's: by zero gives an infinity or NaN instead of raising. */
static PyObject *
go_fdiv(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs == 2 && PyFloat_CheckExact(args[0]) && PyFloat_CheckExact(args[1]))
        return PyFloat_FromDouble(PyFloat_AS_DOUBLE(args[0]) / PyFloat_AS_DOUBLE(args[1]));
    return fallback(py_fdiv, args, nargs, NULL);
}

/* math.Sqrt: C's sqrt answers negative numbers, zeros, infinities and NaN as Go does. */
static PyObject *
go_sqrt(PyObject *m, PyObject *x)
{
    double d = PyFloat_AsDouble(x);
    if (d == -1.0 && PyErr_Occurred())
        return NULL;
    return PyFloat_FromDouble(sqrt(d));
}

/* ------------------------------------------------------------ strings */

/* Strings are str with byte semantics: an ASCII string's bytes are its characters (CPython
 * knows a string is ASCII in O(1)); any other goes to the Python definitions. */
static PyObject *
go_str_len(PyObject *m, PyObject *s)
{
    if (PyUnicode_CheckExact(s) && PyUnicode_IS_ASCII(s))
        return PyLong_FromSsize_t(PyUnicode_GET_LENGTH(s));
    return fallback(py_str_len, &s, 1, NULL);
}

static PyObject *
go_str_index(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t i;
    if (nargs == 2 && PyUnicode_CheckExact(args[0]) && PyUnicode_IS_ASCII(args[0]) &&
        bound(args[1], 0, &i) && args[1] != Py_None && i >= 0 &&
        i < PyUnicode_GET_LENGTH(args[0]))
        return PyLong_FromLong(((Py_UCS1 *)PyUnicode_DATA(args[0]))[i]);
    return fallback(py_str_index, args, nargs, NULL);
}

static PyObject *
go_str_slice(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t lo, hi;
    if (nargs == 3 && PyUnicode_CheckExact(args[0]) && PyUnicode_IS_ASCII(args[0])) {
        Py_ssize_t n = PyUnicode_GET_LENGTH(args[0]);
        if (bound(args[1], 0, &lo) && bound(args[2], n, &hi) && 0 <= lo && lo <= hi && hi <= n)
            return PyUnicode_Substring(args[0], lo, hi);
    }
    return fallback(py_str_slice, args, nargs, NULL);
}

/* ------------------------------------------------------------ module */

/* install(defs): defs maps each fallback's name to its Python definition. */
int
take_def(PyObject *defs, const char *name, PyObject **slot)
{
    PyObject *f = PyDict_GetItemString(defs, name);
    if (f == NULL) {
        PyErr_Format(PyExc_KeyError, "install: the definitions lack %s", name);
        return -1;
    }
    Py_XSETREF(*slot, Py_NewRef(f));
    return 0;
}

static PyObject *
install(PyObject *m, PyObject *defs)
{
    if (!PyDict_Check(defs)) {
        PyErr_SetString(PyExc_TypeError, "install() needs a dict");
        return NULL;
    }
    if (take_def(defs, "index_error", &index_error) < 0 || take_def(defs, "quo", &py_quo) < 0 ||
        take_def(defs, "rem", &py_rem) < 0 || take_def(defs, "fdiv", &py_fdiv) < 0 ||
        take_def(defs, "copy", &py_copy) < 0 || take_def(defs, "slice", &py_slice) < 0 ||
        take_def(defs, "str_len", &py_str_len) < 0 || take_def(defs, "str_index", &py_str_index) < 0 ||
        take_def(defs, "str_slice", &py_str_slice) < 0 || take_def(defs, "append", &py_append) < 0)
        return NULL;
    Py_RETURN_NONE;
}

/* in _speedups_chan.c */
PyObject *install_chan(PyObject *m, PyObject *defs);
int chan_add_type(PyObject *m);
PyObject *go_chan_send(PyObject *m, PyObject *const *args, Py_ssize_t nargs);
PyObject *go_chan_recv(PyObject *m, PyObject *ch);
PyObject *go_chan_recv2(PyObject *m, PyObject *ch);
PyObject *go_spawn(PyObject *m, PyObject *const *args, Py_ssize_t nargs);

static PyMethodDef methods[] = {
    {"install_chan", install_chan, METH_O,
     "install_chan(defs): the scheduler's objects and chan.py's definitions, by name."},
    {"go", (PyCFunction)(void (*)(void))go_spawn, METH_FASTCALL, "go(fn, *args): sched.go."},
    {"send", (PyCFunction)(void (*)(void))go_chan_send, METH_FASTCALL, "ch <- v, ch possibly nil."},
    {"recv", go_chan_recv, METH_O, "<-ch, ch possibly nil."},
    {"recv2", go_chan_recv2, METH_O, "v, ok := <-ch, ch possibly nil."},
    {"fast_construct", fast_construct, METH_O,
     "fast_construct(cls): calls of cls (a SliceBase subclass) skip the generic type call."},
    {"install", install, METH_O,
     "install(defs): the Python definitions this module falls back on, by name."},
    {"str_len", go_str_len, METH_O, "len(s) in bytes."},
    {"str_index", (PyCFunction)(void (*)(void))go_str_index, METH_FASTCALL, "s[i], a byte."},
    {"str_slice", (PyCFunction)(void (*)(void))go_str_slice, METH_FASTCALL, "s[lo:hi] by bytes."},
    {"wrap_int8", wrap_int8, METH_O, NULL},
    {"wrap_int16", wrap_int16, METH_O, NULL},
    {"wrap_int32", wrap_int32, METH_O, NULL},
    {"wrap_int64", wrap_int64, METH_O, NULL},
    {"wrap_uint8", wrap_uint8, METH_O, NULL},
    {"wrap_uint16", wrap_uint16, METH_O, NULL},
    {"wrap_uint32", wrap_uint32, METH_O, NULL},
    {"wrap_uint64", wrap_uint64, METH_O, NULL},
    {"quo", (PyCFunction)(void (*)(void))go_quo, METH_FASTCALL, "Go's integer division."},
    {"rem", (PyCFunction)(void (*)(void))go_rem, METH_FASTCALL, "Go's integer remainder."},
    {"append", (PyCFunction)(void (*)(void))go_append, METH_FASTCALL | METH_KEYWORDS,
     "Go's append."},
    {"copy", (PyCFunction)(void (*)(void))go_copy, METH_FASTCALL, "Go's copy of slices."},
    {"fdiv", (PyCFunction)(void (*)(void))go_fdiv, METH_FASTCALL, "Go's floating division."},
    {"sqrt", go_sqrt, METH_O, "Go's math.Sqrt."},
    {NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_speedups",
    "C versions of go2py.runtime.values' hot paths (optional).", -1, methods,
};

PyMODINIT_FUNC
PyInit__speedups(void)
{
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    PyObject *t = PyType_FromSpec(&slice_spec);
    if (t == NULL || PyModule_AddObject(m, "SliceBase", Py_NewRef(t)) < 0) {
        Py_XDECREF(t);
        Py_DECREF(m);
        return NULL;
    }
    slice_type = (PyTypeObject *)t;  /* the module's reference keeps it */
    slice_iter_type = (PyTypeObject *)PyType_FromSpec(&slice_iter_spec);
    if (slice_iter_type == NULL || chan_add_type(m) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
