package vn.vientro.reference.calendar;

import static java.lang.Math.floor;
import static java.lang.Math.sin;
import static java.lang.Math.toRadians;

/**
 * The astronomy behind the Vietnamese lunisolar calendar, written from the methods in Jean Meeus,
 * "Astronomical Algorithms" (2nd ed., 1998): chapter 49 for the instants of new moon, chapter 25
 * (low-accuracy solar coordinates, about 0.01°) for the Sun's apparent longitude, and the
 * Espenak–Meeus polynomials for ΔT = TT − UT.
 *
 * <p>Days are {@link java.time.LocalDate#toEpochDay() epoch days} of the civil calendar in Vietnam,
 * UTC+7. The calendar is defined by the local date on which new moons and solar terms fall, which is
 * why Vietnam's Tết is sometimes a day (1985: a whole month) away from China's, computed for UTC+8.
 */
final class LunarAstronomy {

    /**
     * Vietnam has computed its calendar for UTC+7 since 1968 (before, it followed China's, UTC+8);
     * the tables use UTC+7 for every year, i.e. the proleptic modern Vietnamese calendar.
     */
    private static final double VIETNAM_UTC_OFFSET_DAYS = 7.0 / 24.0;

    /** Julian date of 1970-01-01T00:00 UT, the origin of java.time epoch days. */
    private static final double JULIAN_DATE_OF_EPOCH_DAY_ZERO = 2440587.5;

    private static final double J2000 = 2451545.0;
    private static final double DAYS_PER_JULIAN_CENTURY = 36525.0;
    private static final double SECONDS_PER_DAY = 86400.0;

    /** Meeus 49.1: the mean new moon of lunation k = 0, 2000-01-06, in Julian Ephemeris Days. */
    private static final double MEAN_NEW_MOON_OF_LUNATION_ZERO = 2451550.09766;
    private static final double MEAN_SYNODIC_MONTH_DAYS = 29.530588861;

    /** The solar-term sector (30° of longitude) that begins at the winter solstice, 270°. */
    static final int WINTER_SOLSTICE_SECTOR = 9;

    private LunarAstronomy() {
    }

    /** The lunation whose new moon falls on {@code epochDay} or is the latest one before it. */
    static long lunationOnOrBefore(long epochDay) {
        double julianDate = epochDay + JULIAN_DATE_OF_EPOCH_DAY_ZERO;
        long lunation = (long) floor((julianDate - MEAN_NEW_MOON_OF_LUNATION_ZERO) / MEAN_SYNODIC_MONTH_DAYS);
        // The mean-motion estimate can be off by one because true new moons wander up to ~14 hours.
        while (newMoonDay(lunation + 1) <= epochDay) {
            lunation++;
        }
        while (newMoonDay(lunation) > epochDay) {
            lunation--;
        }
        return lunation;
    }

    /** The Vietnamese civil date (UTC+7) of the true new moon of the given lunation. */
    static long newMoonDay(long lunation) {
        double ephemerisDay = newMoonJulianEphemerisDay(lunation);
        double universalTime = ephemerisDay - deltaTSeconds(ephemerisDay) / SECONDS_PER_DAY;
        double localJulianDate = universalTime + VIETNAM_UTC_OFFSET_DAYS;
        return (long) floor(localJulianDate - JULIAN_DATE_OF_EPOCH_DAY_ZERO);
    }

    /**
     * The 30° sector (0 = 0°..30°, 9 = 270°..300°, ...) of the Sun's apparent longitude at 00:00 in
     * Vietnam on the given day. A lunar month contains a major solar term exactly when the sector at
     * the start of its first day differs from the sector at the start of the next month's first day.
     */
    static int solarTermSectorAtStartOf(long epochDay) {
        double universalTime = epochDay + JULIAN_DATE_OF_EPOCH_DAY_ZERO - VIETNAM_UTC_OFFSET_DAYS;
        double ephemerisDay = universalTime + deltaTSeconds(universalTime) / SECONDS_PER_DAY;
        return (int) floor(apparentSolarLongitudeDegrees(ephemerisDay) / 30.0);
    }

    /** Meeus chapter 49: the true (corrected) new moon of lunation k, in Julian Ephemeris Days. */
    static double newMoonJulianEphemerisDay(long lunation) {
        double k = lunation;
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double meanNewMoon = MEAN_NEW_MOON_OF_LUNATION_ZERO + MEAN_SYNODIC_MONTH_DAYS * k
                + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        // E corrects terms involving the Sun's anomaly for the decreasing eccentricity of Earth's orbit.
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double sunAnomaly = degreesToRadians(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double moonAnomaly = degreesToRadians(201.5643 + 385.81693528 * k + 0.0107582 * t2
                + 0.00001238 * t3 - 0.000000058 * t4);
        double moonLatitudeArgument = degreesToRadians(160.7108 + 390.67050284 * k - 0.0016118 * t2
                - 0.00000227 * t3 + 0.000000011 * t4);
        double moonAscendingNode = degreesToRadians(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
        double m = sunAnomaly;
        double mm = moonAnomaly;
        double f = moonLatitudeArgument;

        double periodicTerms = -0.40720 * sin(mm)
                + 0.17241 * e * sin(m)
                + 0.01608 * sin(2 * mm)
                + 0.01039 * sin(2 * f)
                + 0.00739 * e * sin(mm - m)
                - 0.00514 * e * sin(mm + m)
                + 0.00208 * e * e * sin(2 * m)
                - 0.00111 * sin(mm - 2 * f)
                - 0.00057 * sin(mm + 2 * f)
                + 0.00056 * e * sin(2 * mm + m)
                - 0.00042 * sin(3 * mm)
                + 0.00042 * e * sin(m + 2 * f)
                + 0.00038 * e * sin(m - 2 * f)
                - 0.00024 * e * sin(2 * mm - m)
                - 0.00017 * sin(moonAscendingNode)
                - 0.00007 * sin(mm + 2 * m)
                + 0.00004 * sin(2 * mm - 2 * f)
                + 0.00004 * sin(3 * m)
                + 0.00003 * sin(mm + m - 2 * f)
                + 0.00003 * sin(2 * mm + 2 * f)
                - 0.00003 * sin(mm + m + 2 * f)
                + 0.00003 * sin(mm - m + 2 * f)
                - 0.00002 * sin(mm - m - 2 * f)
                - 0.00002 * sin(3 * mm + m)
                + 0.00002 * sin(4 * mm);
        return meanNewMoon + periodicTerms + planetaryTerms(k, t2);
    }

    /** Meeus chapter 49, the additional corrections A1..A14 common to all phases. */
    private static double planetaryTerms(double k, double t2) {
        return 0.000325 * sinDegrees(299.77 + 0.107408 * k - 0.009173 * t2)
                + 0.000165 * sinDegrees(251.88 + 0.016321 * k)
                + 0.000164 * sinDegrees(251.83 + 26.651886 * k)
                + 0.000126 * sinDegrees(349.42 + 36.412478 * k)
                + 0.000110 * sinDegrees(84.66 + 18.206239 * k)
                + 0.000062 * sinDegrees(141.74 + 53.303771 * k)
                + 0.000060 * sinDegrees(207.14 + 2.453732 * k)
                + 0.000056 * sinDegrees(154.84 + 7.306860 * k)
                + 0.000047 * sinDegrees(34.52 + 27.261239 * k)
                + 0.000042 * sinDegrees(207.19 + 0.121824 * k)
                + 0.000040 * sinDegrees(291.34 + 1.844379 * k)
                + 0.000037 * sinDegrees(161.72 + 24.198154 * k)
                + 0.000035 * sinDegrees(239.56 + 25.513099 * k)
                + 0.000023 * sinDegrees(331.55 + 3.592518 * k);
    }

    /**
     * Meeus chapter 25: the Sun's apparent geometric longitude (true longitude corrected for
     * nutation and aberration), referred to the mean equinox of the date, in degrees [0, 360).
     */
    static double apparentSolarLongitudeDegrees(double julianEphemerisDay) {
        double t = (julianEphemerisDay - J2000) / DAYS_PER_JULIAN_CENTURY;
        double t2 = t * t;
        double meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t2;
        double meanAnomaly = degreesToRadians(357.52911 + 35999.05029 * t - 0.0001537 * t2);
        double equationOfCentre = (1.914602 - 0.004817 * t - 0.000014 * t2) * sin(meanAnomaly)
                + (0.019993 - 0.000101 * t) * sin(2 * meanAnomaly)
                + 0.000289 * sin(3 * meanAnomaly);
        double moonAscendingNode = degreesToRadians(125.04 - 1934.136 * t);
        double apparentLongitude = meanLongitude + equationOfCentre - 0.00569 - 0.00478 * sin(moonAscendingNode);
        double normalised = apparentLongitude % 360.0;
        return normalised < 0 ? normalised + 360.0 : normalised;
    }

    /**
     * ΔT = TT − UT in seconds, from the Espenak–Meeus polynomials (NASA "Five Millennium Canon of
     * Solar Eclipses", 2006) for 1860–2150. It is about a minute in this range, so it only matters
     * for new moons that fall within a minute of midnight, but it costs nothing to get right.
     */
    static double deltaTSeconds(double julianDate) {
        double year = 2000.0 + (julianDate - J2000) / 365.25;
        if (year < 1900) {
            double t = year - 1860;
            return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * t * t * t
                    - 0.0004473624 * t * t * t * t + t * t * t * t * t / 233174;
        }
        if (year < 1920) {
            double t = year - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t;
        }
        if (year < 1941) {
            double t = year - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
        }
        if (year < 1961) {
            double t = year - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        }
        if (year < 1986) {
            double t = year - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        }
        if (year < 2005) {
            double t = year - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t
                    + 0.000651814 * t * t * t * t + 0.00002373599 * t * t * t * t * t;
        }
        if (year < 2050) {
            double t = year - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (year - 1820) / 100;
        return -20 + 32 * u * u - 0.5628 * (2150 - year);
    }

    private static double sinDegrees(double degrees) {
        return sin(degreesToRadians(degrees));
    }

    /** Reduces first so that large multiples of k (up to ~500,000°) keep full precision. */
    private static double degreesToRadians(double degrees) {
        return toRadians(degrees % 360.0);
    }
}
