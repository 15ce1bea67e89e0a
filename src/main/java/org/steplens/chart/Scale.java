package org.steplens.chart;

/**
 * Maps data values onto pixels, linearly or logarithmically (base 10).
 *
 * @param domainMin data value at {@code rangeStart}
 * @param domainMax data value at {@code rangeEnd}
 * @param rangeStart pixel of {@code domainMin}
 * @param rangeEnd pixel of {@code domainMax}
 * @param log logarithmic
 */
public record Scale(double domainMin, double domainMax, double rangeStart, double rangeEnd, boolean log) {

    public Scale {
        if (log && (domainMin <= 0 || domainMax <= 0)) {
            throw new IllegalArgumentException("a log scale needs positive bounds, got " + domainMin + ".." + domainMax);
        }
        if (!(domainMax > domainMin)) {
            throw new IllegalArgumentException("empty domain " + domainMin + ".." + domainMax);
        }
    }

    public double toPixel(double value) {
        double t = log ? (Math.log10(value) - Math.log10(domainMin)) / (Math.log10(domainMax) - Math.log10(domainMin))
                : (value - domainMin) / (domainMax - domainMin);
        return rangeStart + t * (rangeEnd - rangeStart);
    }

    public double fromPixel(double pixel) {
        double t = (pixel - rangeStart) / (rangeEnd - rangeStart);
        return log ? Math.pow(10, Math.log10(domainMin) + t * (Math.log10(domainMax) - Math.log10(domainMin)))
                : domainMin + t * (domainMax - domainMin);
    }

    public boolean contains(double value) {
        return value >= domainMin - 1e-9 * Math.abs(domainMin) && value <= domainMax + 1e-9 * Math.abs(domainMax);
    }
}
