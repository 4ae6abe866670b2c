from go2py.runtime import run_main
from go2py.runtime.std import sync


def main():
    rw = sync.RWMutex()
    rw.RLock()
    rw.RUnlock()
    rw.RUnlock()


if __name__ == "__main__":
    run_main(main)
