"""N-body simulation, written by hand in idiomatic Python (the baseline for nbody.go)."""

import math

SOLAR_MASS = 4 * math.pi * math.pi
DAYS_PER_YEAR = 365.24


def system():
    bodies = [
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS],
        [4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
         1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
         -6.90460016972063023e-05 * DAYS_PER_YEAR, 9.54791938424326609e-04 * SOLAR_MASS],
        [8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
         -2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
         2.30417297573763929e-05 * DAYS_PER_YEAR, 2.85885980666130812e-04 * SOLAR_MASS],
        [1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
         2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR,
         -2.96589568540237556e-05 * DAYS_PER_YEAR, 4.36624404335156298e-05 * SOLAR_MASS],
        [1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
         2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR,
         -9.51592254519715870e-05 * DAYS_PER_YEAR, 5.15138902046611451e-05 * SOLAR_MASS],
    ]
    px = sum(b[3] * b[6] for b in bodies)
    py = sum(b[4] * b[6] for b in bodies)
    pz = sum(b[5] * b[6] for b in bodies)
    sun = bodies[0]
    sun[3], sun[4], sun[5] = -px / SOLAR_MASS, -py / SOLAR_MASS, -pz / SOLAR_MASS
    return bodies


def energy(bodies):
    e = 0.0
    for i, (x, y, z, vx, vy, vz, m) in enumerate(bodies):
        e += 0.5 * m * (vx * vx + vy * vy + vz * vz)
        for b2 in bodies[i + 1:]:
            dx, dy, dz = x - b2[0], y - b2[1], z - b2[2]
            e -= m * b2[6] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, pairs, dt):
    for b, b2 in pairs:
        dx, dy, dz = b[0] - b2[0], b[1] - b2[1], b[2] - b2[2]
        d2 = dx * dx + dy * dy + dz * dz
        mag = dt / (d2 * math.sqrt(d2))
        m1, m2 = b[6] * mag, b2[6] * mag
        b[3] -= dx * m2
        b[4] -= dy * m2
        b[5] -= dz * m2
        b2[3] += dx * m1
        b2[4] += dy * m1
        b2[5] += dz * m1
    for b in bodies:
        b[0] += dt * b[3]
        b[1] += dt * b[4]
        b[2] += dt * b[5]


def main():
    bodies = system()
    pairs = [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]
    print(f"{energy(bodies):.9f}")
    for _ in range(60000):
        advance(bodies, pairs, 0.01)
    print(f"{energy(bodies):.9f}")


main()
