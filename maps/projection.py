"""Projections from longitude/latitude to SVG user units (y grows downwards).

The world maps use the Equal Earth projection (Šavrič, Patterson and Jenny, 2018): areas stay
true, so a large member does not look larger than it is, and the formula is short. Regional
maps (the Korean Peninsula) use a plate carrée scaled by the cosine of their middle latitude,
which at that size is as good and keeps the grid straight."""

import math

_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2

#: SVG units per radian on the world maps: the whole world is about 866 units wide.
WORLD_SCALE = 160.0


def equal_earth(lon: float, lat: float, scale: float = WORLD_SCALE) -> tuple[float, float]:
    """Equal Earth, centred on Greenwich."""
    lam, phi = math.radians(lon), math.radians(lat)
    theta = math.asin(_M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * math.cos(theta) / (_M * (_A1 + 3 * _A2 * t2 + t6 * (7 * _A3 + 9 * _A4 * t2)))
    y = theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))
    return x * scale, -y * scale


class Regional:
    """Plate carrée about (``lon0``, ``lat0``), ``scale`` SVG units per degree of latitude."""

    def __init__(self, lon0: float, lat0: float, scale: float):
        self.lon0, self.lat0, self.scale = lon0, lat0, scale
        self.kx = math.cos(math.radians(lat0)) * scale

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        return (lon - self.lon0) * self.kx, -(lat - self.lat0) * self.scale

    def km(self, kilometres: float) -> float:
        """SVG units for a distance on the ground (one degree of latitude is about 111 km)."""
        return kilometres / 111.2 * self.scale
