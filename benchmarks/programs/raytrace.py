# A small ray tracer: spheres and a checkered plane, diffuse and specular
# shading, shadows and reflections, rendered to a checksum.
import sys
import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def unit(self):
        return self.scale(1.0 / self.length())


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.unit()

    def at(self, t):
        return self.origin + self.direction.scale(t)


class Sphere:
    def __init__(self, center, radius, color, shine):
        self.center = center
        self.radius = radius
        self.color = color
        self.shine = shine

    def hit(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        if t > 1e-6:
            return t
        return None

    def normal(self, p):
        return (p - self.center).unit()

    def color_at(self, p):
        return self.color


class Plane:
    def __init__(self, point, normal, shine):
        self.point = point
        self.n = normal.unit()
        self.shine = shine

    def hit(self, ray):
        denom = ray.direction.dot(self.n)
        if abs(denom) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.n) / denom
        return t if t > 1e-6 else None

    def normal(self, p):
        return self.n

    def color_at(self, p):
        if (int(math.floor(p.x)) + int(math.floor(p.z))) % 2:
            return Vec(0.9, 0.9, 0.9)
        return Vec(0.1, 0.1, 0.1)


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0.0, 1.0, 5.0), 1.0, Vec(1.0, 0.2, 0.2), 0.3),
            Sphere(Vec(-2.0, 0.7, 6.0), 0.7, Vec(0.2, 1.0, 0.2), 0.5),
            Sphere(Vec(2.0, 0.5, 4.5), 0.5, Vec(0.2, 0.2, 1.0), 0.1),
            Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), 0.2),
        ]
        self.light = Vec(-5.0, 8.0, -2.0)

    def nearest(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.hit(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return Vec(0.05, 0.05, 0.1)
        p = ray.at(t)
        n = obj.normal(p)
        to_light = (self.light - p).unit()
        base = obj.color_at(p)
        shadow_obj, _ = self.nearest(Ray(p, to_light))
        lambert = 0.0 if shadow_obj is not None else max(0.0, n.dot(to_light))
        color = base.scale(0.1 + 0.9 * lambert)
        if depth > 0 and obj.shine > 0:
            d = ray.direction
            reflected = d - n.scale(2 * d.dot(n))
            color = color.scale(1 - obj.shine) + self.trace(Ray(p, reflected), depth - 1).scale(obj.shine)
        return color


def render(width, height):
    scene = Scene()
    eye = Vec(0.0, 1.5, -1.0)
    total = 0.0
    for j in range(height):
        for i in range(width):
            x = (i - width / 2) / width
            y = (height / 2 - j) / height
            c = scene.trace(Ray(eye, Vec(x, y, 1.0)), 3)
            total += c.x + 2 * c.y + 3 * c.z
    return total


def main(size):
    print("%.6f" % render(size, size))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 250)
