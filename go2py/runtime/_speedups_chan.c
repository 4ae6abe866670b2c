/* The channel header and its send and receive in C: `ChanBase`, the base of
 * go2py.runtime.chan.Chan when this module was built; and `go`, which starts a goroutine.
 *
 * Only the paths a goroutine takes most often are here: handing a value to a waiting
 * goroutine or taking one from it, the buffer, and parking with a direct switch to the next
 * runnable goroutine. Every other case (a closed channel, no running goroutine, a trip
 * through the scheduler's hub) calls the Python definition in chan.py from the same state,
 * so both give the same results and the same panics. The fields are the Python class's
 * slots, shared with the Python code (select, close) that reads and writes them. */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

typedef struct {
    PyObject_HEAD
    PyObject *cap;     /* int */
    PyObject *buf;     /* deque */
    PyObject *closed;  /* bool */
    PyObject *recvq;   /* deque of waiting goroutines (G) or select entries */
    PyObject *sendq;
    PyObject *zero;
    PyObject *zerofn;
    PyObject *ndead;   /* int: dead select entries in the queues */
    PyObject *weaklist;
} ChanObject;

/* Set by install_chan(): the scheduler's objects and the Python definitions. */
static PyObject *sched_S;          /* sched.S: .cur, .hubreq */
static PyObject *runq_append, *runq_popleft, *runq_appendleft;
static PyObject *runq;             /* the run queue (a deque) */
static PyObject *deque_type;
static PyObject *py_send, *py_recv, *py_recv2;  /* the Python definitions (unbound) */
static PyObject *py_park_hub;      /* park_hub(reason) */
static PyObject *py_panic;         /* panic(msg): raises a Go runtime error */
static PyObject *py_refill;        /* Chan._refill */

static PyObject *zero_int, *one_int;
static PyObject *switch_method;    /* greenlet.switch, unbound */

/* The goroutine type (sched.G) and the scheduler state's slots, read and written at their
 * offsets as the interpreter does for __slots__ attributes. */
static PyTypeObject *g_type;
static Py_ssize_t off_sel, off_val, off_ok, off_glet, off_wait, off_cur, off_hubreq;

#define SLOT(o, off) (*(PyObject **)((char *)(o) + (off)))

/* A slot's value (new reference); NULL with AttributeError when it was never set. */
static PyObject *
get_slot(PyObject *o, Py_ssize_t off, PyObject *name)
{
    PyObject *v = SLOT(o, off);
    if (v == NULL)
        return PyObject_GetAttr(o, name);  /* raises AttributeError */
    return Py_NewRef(v);
}

static void
set_slot(PyObject *o, Py_ssize_t off, PyObject *v)
{
    PyObject *old = SLOT(o, off);
    SLOT(o, off) = Py_NewRef(v);
    Py_XDECREF(old);
}
static PyObject *s_sel, *s_val, *s_ok, *s_done, *s_fired, *s_g, *s_glet, *s_cur,
    *s_popleft, *s_append, *s_chan_send, *s_chan_recv, *s_closed_send;

static PyObject *call_py(PyObject *f, PyObject *self, PyObject *arg);
int take_def(PyObject *defs, const char *name, PyObject **slot);  /* in _speedups.c */

static int
chan_init(ChanObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"cap", "zero", "zerofn", NULL};
    PyObject *cap = NULL, *zero = Py_None, *zerofn = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|OOO", kwlist, &cap, &zero, &zerofn))
        return -1;
    if (cap == NULL)
        cap = PyLong_FromLong(0);
    else
        Py_INCREF(cap);
    if (cap == NULL)
        return -1;
    int neg = PyObject_RichCompareBool(cap, zero_int, Py_LT);
    if (neg != 0) {
        if (neg > 0) {
            PyObject *msg = PyUnicode_FromString("makechan: size out of range");
            PyObject *r = msg == NULL ? NULL : call_py(py_panic, msg, NULL);
            Py_XDECREF(msg);
            Py_XDECREF(r);
        }
        Py_DECREF(cap);
        return -1;
    }
    Py_XSETREF(self->cap, cap);
    Py_XSETREF(self->buf, PyObject_CallNoArgs(deque_type));
    Py_XSETREF(self->recvq, PyObject_CallNoArgs(deque_type));
    Py_XSETREF(self->sendq, PyObject_CallNoArgs(deque_type));
    if (self->buf == NULL || self->recvq == NULL || self->sendq == NULL)
        return -1;
    Py_XSETREF(self->closed, Py_NewRef(Py_False));
    Py_XSETREF(self->zero, Py_NewRef(zero));
    Py_XSETREF(self->zerofn, Py_NewRef(zerofn));
    Py_XSETREF(self->ndead, Py_NewRef(zero_int));
    return 0;
}

static int
chan_traverse(ChanObject *self, visitproc visit, void *arg)
{
    Py_VISIT(Py_TYPE(self));
    Py_VISIT(self->cap);
    Py_VISIT(self->buf);
    Py_VISIT(self->closed);
    Py_VISIT(self->recvq);
    Py_VISIT(self->sendq);
    Py_VISIT(self->zero);
    Py_VISIT(self->zerofn);
    Py_VISIT(self->ndead);
    return 0;
}

static int
chan_clear(ChanObject *self)
{
    Py_CLEAR(self->cap);
    Py_CLEAR(self->buf);
    Py_CLEAR(self->closed);
    Py_CLEAR(self->recvq);
    Py_CLEAR(self->sendq);
    Py_CLEAR(self->zero);
    Py_CLEAR(self->zerofn);
    Py_CLEAR(self->ndead);
    return 0;
}

static void
chan_dealloc(ChanObject *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    PyObject_GC_UnTrack(self);
    if (self->weaklist != NULL)
        PyObject_ClearWeakRefs((PyObject *)self);
    chan_clear(self);
    tp->tp_free((PyObject *)self);
    Py_DECREF(tp);
}

static int
ready(PyObject *g)
{
    PyObject *r = PyObject_CallOneArg(runq_append, g);
    if (r == NULL)
        return -1;
    Py_DECREF(r);
    return 0;
}

static PyObject *
popleft(PyObject *q)
{
    return PyObject_CallMethodNoArgs(q, s_popleft);
}

/* ndead -= 1 */
static int
one_less_dead(ChanObject *self)
{
    PyObject *n = PyNumber_Subtract(self->ndead, one_int);
    if (n == NULL)
        return -1;
    Py_SETREF(self->ndead, n);
    return 0;
}

/* The first live entry of q, removed from it: a goroutine (*sel NULL) or a select entry
 * whose select is now done (*sel its select, a new reference). 0 when q has none. */
static int
take_waiter(ChanObject *self, PyObject *q, PyObject **entry, PyObject **sel)
{
    while (PyObject_Length(q) > 0) {
        PyObject *e = popleft(q);
        if (e == NULL)
            return -1;
        PyObject *s = Py_TYPE(e) == g_type ? get_slot(e, off_sel, s_sel) : PyObject_GetAttr(e, s_sel);
        if (s == NULL) {
            Py_DECREF(e);
            return -1;
        }
        if (s == Py_None) {
            Py_DECREF(s);
            *entry = e;
            *sel = NULL;
            return 1;
        }
        PyObject *done = PyObject_GetAttr(s, s_done);
        if (done == NULL) {
            Py_DECREF(s);
            Py_DECREF(e);
            return -1;
        }
        int is_done = PyObject_IsTrue(done);
        Py_DECREF(done);
        if (is_done) {
            Py_DECREF(s);
            Py_DECREF(e);
            if (is_done < 0 || one_less_dead(self) < 0)
                return -1;
            continue;
        }
        if (PyObject_SetAttr(s, s_done, Py_True) < 0 || PyObject_SetAttr(s, s_fired, e) < 0) {
            Py_DECREF(s);
            Py_DECREF(e);
            return -1;
        }
        *entry = e;
        *sel = s;
        return 1;
    }
    return 0;
}

/* Make the owner of a taken wait entry runnable. */
static int
wake(PyObject *e, PyObject *sel)
{
    if (sel == NULL)
        return ready(e);
    PyObject *g = PyObject_GetAttr(sel, s_g);
    if (g == NULL)
        return -1;
    int r = ready(g);
    Py_DECREF(g);
    return r;
}

/* Park the running goroutine g, already queued on a channel, by switching straight to the
 * next runnable goroutine. 1: done (g has been woken); 0: the direct switch does not apply
 * (the caller parks through the hub instead); -1: error. */
static int
park_direct(PyObject *g, PyObject *reason)
{
    if (PyObject_Length(runq) <= 0)
        return 0;
    PyObject *hubreq = SLOT(sched_S, off_hubreq);
    if (hubreq == NULL) {
        PyErr_SetString(PyExc_AttributeError, "hubreq");
        return -1;
    }
    int req = PyObject_IsTrue(hubreq);
    if (req != 0)
        return req < 0 ? -1 : 0;
    PyObject *nxt = PyObject_CallNoArgs(runq_popleft);
    if (nxt == NULL)
        return -1;
    PyObject *gl = Py_TYPE(nxt) == g_type ? get_slot(nxt, off_glet, s_glet) : PyObject_GetAttr(nxt, s_glet);
    if (gl == NULL) {
        Py_DECREF(nxt);
        return -1;
    }
    if (gl == Py_None) {
        Py_DECREF(gl);
        PyObject *r = PyObject_CallOneArg(runq_appendleft, nxt);
        Py_DECREF(nxt);
        if (r == NULL)
            return -1;
        Py_DECREF(r);
        return 0;
    }
    set_slot(sched_S, off_cur, nxt);
    Py_DECREF(nxt);
    /* The deadlock report reads a goroutine's wait reason from g.wait when no frame of
     * Python code parked it (sched._wait_reason). */
    set_slot(g, off_wait, reason);
    PyObject *r = PyObject_Vectorcall(switch_method, &gl, 1, NULL);
    Py_DECREF(gl);
    if (r == NULL)
        return -1;
    Py_DECREF(r);
    return 1;
}

/* Queue the running goroutine g on q and park it until it is woken: 0, or -1 on error. */
static int
wait_on(PyObject *q, PyObject *g, PyObject *reason)
{
    PyObject *r = PyObject_CallMethodOneArg(q, s_append, g);
    if (r == NULL)
        return -1;
    Py_DECREF(r);
    int parked = park_direct(g, reason);
    if (parked == 0) {
        r = PyObject_CallOneArg(py_park_hub, reason);
        parked = r == NULL ? -1 : 1;
        Py_XDECREF(r);
    }
    return parked < 0 ? -1 : 0;
}

/* S.cur: the running goroutine, None outside of any; only G objects are ever running. */
static PyObject *
current_goroutine(void)
{
    PyObject *g = get_slot(sched_S, off_cur, s_cur);
    if (g != NULL && g != Py_None && Py_TYPE(g) != g_type) {
        Py_DECREF(g);
        PyErr_SetString(PyExc_TypeError, "go2py.runtime._speedups: S.cur is not a goroutine");
        return NULL;
    }
    return g;
}

static PyObject *
call_py(PyObject *f, PyObject *self, PyObject *arg)
{
    if (f == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "go2py.runtime._speedups: install_chan() was not called");
        return NULL;
    }
    PyObject *args[2] = {self, arg};
    return PyObject_Vectorcall(f, args, arg == NULL ? 1 : 2, NULL);
}

/* ch <- v */
static PyObject *
chan_send(ChanObject *self, PyObject *v)
{
    PyObject *e, *sel;
    if (py_send == NULL)
        return call_py(py_send, (PyObject *)self, v);
    int got = take_waiter(self, self->recvq, &e, &sel);
    if (got < 0)
        return NULL;
    if (got) {
        int r;
        if (Py_TYPE(e) == g_type) {
            set_slot(e, off_val, v);
            r = wake(e, sel);
        }
        else
            r = PyObject_SetAttr(e, s_val, v) < 0 ? -1 : wake(e, sel);
        Py_DECREF(e);
        Py_XDECREF(sel);
        if (r < 0)
            return NULL;
        Py_RETURN_NONE;
    }
    if (self->closed != Py_False)
        return call_py(py_send, (PyObject *)self, v);
    Py_ssize_t n = PyObject_Length(self->buf);
    Py_ssize_t cap = PyLong_AsSsize_t(self->cap);
    if (n < 0 || (cap == -1 && PyErr_Occurred()))
        return NULL;
    if (n < cap) {
        PyObject *r = PyObject_CallMethodOneArg(self->buf, s_append, v);
        if (r == NULL)
            return NULL;
        Py_DECREF(r);
        Py_RETURN_NONE;
    }
    PyObject *g = current_goroutine();
    if (g == NULL)
        return NULL;
    if (g == Py_None) {
        Py_DECREF(g);
        return call_py(py_send, (PyObject *)self, v);
    }
    set_slot(g, off_val, v);
    set_slot(g, off_ok, Py_True);
    if (wait_on(self->sendq, g, s_chan_send) < 0) {
        Py_DECREF(g);
        return NULL;
    }
    PyObject *ok = get_slot(g, off_ok, s_ok);
    Py_DECREF(g);
    if (ok == NULL)
        return NULL;
    int okv = PyObject_IsTrue(ok);
    Py_DECREF(ok);
    if (okv < 0)
        return NULL;
    if (!okv) {
        PyObject *r = PyObject_CallOneArg(py_panic, s_closed_send);
        Py_XDECREF(r);
        return NULL;
    }
    Py_RETURN_NONE;
}

/* The value of a receive, and whether it came from a send (with_ok: as a tuple). */
static PyObject *
result(PyObject *v, int ok, int with_ok)
{
    if (!with_ok)
        return v;
    PyObject *t = PyTuple_Pack(2, v, ok ? Py_True : Py_False);
    Py_DECREF(v);
    return t;
}

static PyObject *
chan_recv_impl(ChanObject *self, int with_ok)
{
    PyObject *py = with_ok ? py_recv2 : py_recv;
    if (py == NULL)
        return call_py(py, (PyObject *)self, NULL);
    Py_ssize_t n = PyObject_Length(self->buf);
    if (n < 0)
        return NULL;
    if (n > 0) {
        PyObject *v = popleft(self->buf);
        if (v == NULL)
            return NULL;
        Py_ssize_t ns = PyObject_Length(self->sendq);
        if (ns > 0) {
            PyObject *r = call_py(py_refill, (PyObject *)self, NULL);
            if (r == NULL) {
                Py_DECREF(v);
                return NULL;
            }
            Py_DECREF(r);
        }
        return result(v, 1, with_ok);
    }
    PyObject *e, *sel;
    int got = take_waiter(self, self->sendq, &e, &sel);
    if (got < 0)
        return NULL;
    if (got) {
        PyObject *v = wake(e, sel) < 0 ? NULL
                      : Py_TYPE(e) == g_type ? get_slot(e, off_val, s_val) : PyObject_GetAttr(e, s_val);
        Py_DECREF(e);
        Py_XDECREF(sel);
        return v == NULL ? NULL : result(v, 1, with_ok);
    }
    if (self->closed != Py_False)
        return call_py(py, (PyObject *)self, NULL);
    PyObject *g = current_goroutine();
    if (g == NULL)
        return NULL;
    if (g == Py_None) {
        Py_DECREF(g);
        return call_py(py, (PyObject *)self, NULL);
    }
    if (with_ok)
        set_slot(g, off_ok, Py_True);
    if (wait_on(self->recvq, g, s_chan_recv) < 0) {
        Py_DECREF(g);
        return NULL;
    }
    PyObject *v = get_slot(g, off_val, s_val);
    if (v == NULL || !with_ok) {
        Py_DECREF(g);
        return v;
    }
    PyObject *ok = get_slot(g, off_ok, s_ok);
    Py_DECREF(g);
    if (ok == NULL) {
        Py_DECREF(v);
        return NULL;
    }
    PyObject *t = PyTuple_Pack(2, v, ok);
    Py_DECREF(v);
    Py_DECREF(ok);
    return t;
}

/* <-ch */
static PyObject *
chan_recv(ChanObject *self, PyObject *unused)
{
    return chan_recv_impl(self, 0);
}

/* v, ok := <-ch */
static PyObject *
chan_recv2(ChanObject *self, PyObject *unused)
{
    return chan_recv_impl(self, 1);
}

/* go(fn, *args): sched.go, a new goroutine at the back of the run queue. */
static PyObject *sched_dict;       /* sched's globals: _goids is replaced at each run */
static PyObject *s_goids;
static Py_ssize_t off_id, off_fn, off_args;

PyObject *
go_spawn(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs < 1 || g_type == NULL) {
        PyErr_SetString(PyExc_TypeError, nargs < 1 ? "go() needs a function" : "install_chan() was not called");
        return NULL;
    }
    PyObject *ids = PyDict_GetItemWithError(sched_dict, s_goids);  /* borrowed */
    if (ids == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_RuntimeError, "sched._goids is missing");
        return NULL;
    }
    PyObject *id = PyIter_Next(ids);
    if (id == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_RuntimeError, "sched._goids ended");
        return NULL;
    }
    PyObject *rest = PyTuple_New(nargs - 1);
    PyObject *g = rest == NULL ? NULL : g_type->tp_alloc(g_type, 0);
    if (g == NULL) {
        Py_DECREF(id);
        Py_XDECREF(rest);
        return NULL;
    }
    for (Py_ssize_t i = 1; i < nargs; i++)
        PyTuple_SET_ITEM(rest, i - 1, Py_NewRef(args[i]));
    SLOT(g, off_id) = id;
    SLOT(g, off_fn) = Py_NewRef(args[0]);
    SLOT(g, off_args) = rest;
    SLOT(g, off_glet) = Py_NewRef(Py_None);
    SLOT(g, off_sel) = Py_NewRef(Py_None);
    if (ready(g) < 0) {
        Py_DECREF(g);
        return NULL;
    }
    return g;
}

/* The module functions translated code calls (chan.py's send, recv, recv2): a nil channel
 * (None) goes to the Python definitions, which block forever as Go does. */
static PyTypeObject *chan_exact;   /* chan.Chan, whose send/recv/recv2 are ChanBase's */
static PyObject *py_nil_send, *py_nil_recv, *py_nil_recv2;
static PyObject *s_send, *s_recv, *s_recv2;

PyObject *
go_chan_send(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "send(ch, v) takes 2 arguments");
        return NULL;
    }
    if (chan_exact != NULL && Py_TYPE(args[0]) == chan_exact)
        return chan_send((ChanObject *)args[0], args[1]);
    if (args[0] != Py_None && chan_exact != NULL)
        return PyObject_CallMethodOneArg(args[0], s_send, args[1]);
    return call_py(py_nil_send, args[0], args[1]);
}

static PyObject *
recv_any(PyObject *ch, PyObject *py, PyObject *name, int with_ok)
{
    if (chan_exact != NULL && Py_TYPE(ch) == chan_exact)
        return chan_recv_impl((ChanObject *)ch, with_ok);
    if (ch != Py_None && chan_exact != NULL)
        return PyObject_CallMethodNoArgs(ch, name);
    return call_py(py, ch, NULL);
}

PyObject *
go_chan_recv(PyObject *m, PyObject *ch)
{
    return recv_any(ch, py_nil_recv, s_recv, 0);
}

PyObject *
go_chan_recv2(PyObject *m, PyObject *ch)
{
    return recv_any(ch, py_nil_recv2, s_recv2, 1);
}

static PyMethodDef chan_methods[] = {
    {"send", (PyCFunction)chan_send, METH_O, "ch <- v"},
    {"recv", (PyCFunction)chan_recv, METH_NOARGS, "<-ch"},
    {"recv2", (PyCFunction)chan_recv2, METH_NOARGS, "v, ok := <-ch"},
    {NULL},
};

static PyMemberDef chan_members[] = {
    {"cap", T_OBJECT_EX, offsetof(ChanObject, cap), 0, NULL},
    {"buf", T_OBJECT_EX, offsetof(ChanObject, buf), 0, NULL},
    {"closed", T_OBJECT_EX, offsetof(ChanObject, closed), 0, NULL},
    {"recvq", T_OBJECT_EX, offsetof(ChanObject, recvq), 0, NULL},
    {"sendq", T_OBJECT_EX, offsetof(ChanObject, sendq), 0, NULL},
    {"zero", T_OBJECT_EX, offsetof(ChanObject, zero), 0, NULL},
    {"zerofn", T_OBJECT_EX, offsetof(ChanObject, zerofn), 0, NULL},
    {"ndead", T_OBJECT_EX, offsetof(ChanObject, ndead), 0, NULL},
    {"__weaklistoffset__", T_PYSSIZET, offsetof(ChanObject, weaklist), READONLY, NULL},
    {NULL},
};

static PyType_Slot chan_slots[] = {
    {Py_tp_init, chan_init},
    {Py_tp_traverse, chan_traverse},
    {Py_tp_clear, chan_clear},
    {Py_tp_dealloc, chan_dealloc},
    {Py_tp_methods, chan_methods},
    {Py_tp_members, chan_members},
    {Py_tp_doc, "A Go channel's header: capacity, buffer, wait queues; send and receive."},
    {0, NULL},
};

static PyType_Spec chan_spec = {
    "go2py.runtime._speedups.ChanBase", sizeof(ChanObject), 0,
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC, chan_slots,
};

/* The offset of the __slots__ attribute `name` of the class t (an object slot). */
static Py_ssize_t
slot_offset(PyObject *t, const char *name)
{
    PyObject *d = PyObject_GetAttrString(t, name);
    if (d == NULL)
        return -1;
    if (!PyObject_TypeCheck(d, &PyMemberDescr_Type) ||
        ((PyMemberDescrObject *)d)->d_member->type != T_OBJECT_EX) {
        Py_DECREF(d);
        PyErr_Format(PyExc_TypeError, "install_chan(): %s is not a slot", name);
        return -1;
    }
    Py_ssize_t off = ((PyMemberDescrObject *)d)->d_member->offset;
    Py_DECREF(d);
    return off;
}

/* install_chan(defs): the scheduler's objects and the Python definitions, by name. */
PyObject *
install_chan(PyObject *m, PyObject *defs)
{
    if (!PyDict_Check(defs)) {
        PyErr_SetString(PyExc_TypeError, "install_chan() needs a dict");
        return NULL;
    }
    PyObject *gt = NULL, *glt = NULL;
    if (take_def(defs, "G", &gt) < 0 || take_def(defs, "greenlet", &glt) < 0)
        return NULL;
    if (!PyType_Check(gt) || !PyType_Check(glt)) {
        PyErr_SetString(PyExc_TypeError, "install_chan(): G and greenlet must be types");
        return NULL;
    }
    Py_XSETREF(g_type, (PyTypeObject *)gt);
    Py_XSETREF(switch_method, PyObject_GetAttrString(glt, "switch"));
    Py_DECREF(glt);
    if (switch_method == NULL)
        return NULL;
    if ((off_id = slot_offset(gt, "id")) < 0 || (off_fn = slot_offset(gt, "fn")) < 0 ||
        (off_args = slot_offset(gt, "args")) < 0)
        return NULL;
    if ((off_sel = slot_offset(gt, "sel")) < 0 || (off_val = slot_offset(gt, "val")) < 0 ||
        (off_ok = slot_offset(gt, "ok")) < 0 || (off_glet = slot_offset(gt, "glet")) < 0 ||
        (off_wait = slot_offset(gt, "wait")) < 0)
        return NULL;
    if (take_def(defs, "S", &sched_S) < 0 || take_def(defs, "runq", &runq) < 0 ||
        take_def(defs, "send", &py_send) < 0 || take_def(defs, "recv", &py_recv) < 0 ||
        take_def(defs, "recv2", &py_recv2) < 0 || take_def(defs, "park_hub", &py_park_hub) < 0 ||
        take_def(defs, "panic", &py_panic) < 0 || take_def(defs, "refill", &py_refill) < 0 ||
        take_def(defs, "nil_send", &py_nil_send) < 0 || take_def(defs, "nil_recv", &py_nil_recv) < 0 ||
        take_def(defs, "nil_recv2", &py_nil_recv2) < 0)
        return NULL;
    if (take_def(defs, "sched_globals", &sched_dict) < 0)
        return NULL;
    if (!PyDict_Check(sched_dict)) {
        PyErr_SetString(PyExc_TypeError, "install_chan(): sched_globals must be a dict");
        return NULL;
    }
    PyObject *ct = NULL;
    if (take_def(defs, "Chan", &ct) < 0)
        return NULL;
    if (!PyType_Check(ct)) {
        Py_DECREF(ct);
        PyErr_SetString(PyExc_TypeError, "install_chan(): Chan must be a type");
        return NULL;
    }
    Py_XSETREF(chan_exact, (PyTypeObject *)ct);
    PyObject *st = (PyObject *)Py_TYPE(sched_S);
    if ((off_cur = slot_offset(st, "cur")) < 0 || (off_hubreq = slot_offset(st, "hubreq")) < 0)
        return NULL;
    Py_XSETREF(runq_append, PyObject_GetAttrString(runq, "append"));
    Py_XSETREF(runq_popleft, PyObject_GetAttrString(runq, "popleft"));
    Py_XSETREF(runq_appendleft, PyObject_GetAttrString(runq, "appendleft"));
    if (runq_append == NULL || runq_popleft == NULL || runq_appendleft == NULL)
        return NULL;
    Py_RETURN_NONE;
}

/* Adds ChanBase to the module m. */
int
chan_add_type(PyObject *m)
{
    PyObject *collections = PyImport_ImportModule("collections");
    if (collections == NULL)
        return -1;
    deque_type = PyObject_GetAttrString(collections, "deque");
    Py_DECREF(collections);
    if (deque_type == NULL)
        return -1;
    zero_int = PyLong_FromLong(0);
    one_int = PyLong_FromLong(1);
    if (zero_int == NULL || one_int == NULL)
        return -1;
#define INTERN(var, text) if ((var = PyUnicode_InternFromString(text)) == NULL) return -1
    INTERN(s_sel, "sel");
    INTERN(s_val, "val");
    INTERN(s_ok, "ok");
    INTERN(s_done, "done");
    INTERN(s_fired, "fired");
    INTERN(s_g, "g");
    INTERN(s_glet, "glet");
    INTERN(s_cur, "cur");
    INTERN(s_popleft, "popleft");
    INTERN(s_append, "append");
    INTERN(s_goids, "_goids");
    INTERN(s_send, "send");
    INTERN(s_recv, "recv");
    INTERN(s_recv2, "recv2");
    INTERN(s_chan_send, "chan send");
    INTERN(s_chan_recv, "chan receive");
    INTERN(s_closed_send, "send on closed channel");
#undef INTERN
    PyObject *t = PyType_FromSpec(&chan_spec);
    if (t == NULL)
        return -1;
    if (PyModule_AddObject(m, "ChanBase", t) < 0) {
        Py_DECREF(t);
        return -1;
    }
    return 0;
}
