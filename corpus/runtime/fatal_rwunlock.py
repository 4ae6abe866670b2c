from go2py.runtime import run_main
from go2py.runtime.std import sync


def main():
    sync.RWMutex().Unlock()


if __name__ == "__main__":
    run_main(main)
