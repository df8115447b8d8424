package org.dancu.steering.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The province's current communes as SVG paths, projected once at start-up from the bundled GeoJSON
 * (equirectangular, longitudes scaled by the cosine of the mid latitude, which is exact enough at
 * this size), so the map needs no tile server, no script and nothing the CSP forbids.
 */
@Component
class CommuneMap {

    static final int WIDTH = 800;
    /** Colour classes of a value relative to its target, worst first; grey is "no data yet". */
    static final String[] COLOURS = {"#b2182b", "#ef8a62", "#fddbc7", "#92c5de", "#2166ac"};
    static final String NO_DATA = "#d9d9d9";

    private final List<Shape> shapes;
    private final int height;

    CommuneMap() {
        JsonNode collection;
        try (InputStream in = new ClassPathResource("steering/geo/dien_bien_communes_2025_simplified.geojson")
                .getInputStream()) {
            collection = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        double minLat = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        for (JsonNode feature : collection.get("features")) {
            for (JsonNode ring : rings(feature)) {
                for (JsonNode point : ring) {
                    minLon = Math.min(minLon, point.get(0).asDouble());
                    maxLon = Math.max(maxLon, point.get(0).asDouble());
                    minLat = Math.min(minLat, point.get(1).asDouble());
                    maxLat = Math.max(maxLat, point.get(1).asDouble());
                }
            }
        }
        double xScale = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double scale = WIDTH / ((maxLon - minLon) * xScale);
        this.height = (int) Math.ceil((maxLat - minLat) * scale);
        List<Shape> projected = new ArrayList<>();
        for (JsonNode feature : collection.get("features")) {
            StringBuilder path = new StringBuilder();
            double[] label = null;
            for (JsonNode ring : rings(feature)) {
                List<double[]> points = new ArrayList<>();
                char command = 'M';
                for (JsonNode point : ring) {
                    double x = (point.get(0).asDouble() - minLon) * xScale * scale;
                    double y = (maxLat - point.get(1).asDouble()) * scale;
                    points.add(new double[] {x, y});
                    path.append(command).append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
                    command = 'L';
                }
                path.append('Z');
                double[] centroid = centroid(points);
                if (label == null || centroid[2] > label[2]) {
                    label = centroid;
                }
            }
            JsonNode properties = feature.get("properties");
            projected.add(new Shape(properties.get("code").asString(), properties.get("name").asString(),
                    properties.get("full_name").asString(), path.toString(),
                    String.format(Locale.ROOT, "%.1f", label[0]), String.format(Locale.ROOT, "%.1f", label[1])));
        }
        this.shapes = List.copyOf(projected);
    }

    /**
     * Where a ring's name is written: its centroid (x, y) with its area as the third element, so the
     * largest ring of a commune in several parts carries the name.
     */
    private static double[] centroid(List<double[]> ring) {
        double area = 0;
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < ring.size(); i++) {
            double[] a = ring.get(i);
            double[] b = ring.get((i + 1) % ring.size());
            double cross = a[0] * b[1] - b[0] * a[1];
            area += cross;
            cx += (a[0] + b[0]) * cross;
            cy += (a[1] + b[1]) * cross;
        }
        if (area == 0) {
            return new double[] {ring.get(0)[0], ring.get(0)[1], 0};
        }
        return new double[] {cx / (3 * area), cy / (3 * area), Math.abs(area / 2)};
    }

    private static List<JsonNode> rings(JsonNode feature) {
        JsonNode geometry = feature.get("geometry");
        List<JsonNode> rings = new ArrayList<>();
        if ("MultiPolygon".equals(geometry.get("type").asString())) {
            geometry.get("coordinates").forEach(polygon -> polygon.forEach(rings::add));
        } else {
            geometry.get("coordinates").forEach(rings::add);
        }
        return rings;
    }

    List<Shape> shapes() {
        return shapes;
    }

    int width() {
        return WIDTH;
    }

    int height() {
        return height;
    }

    /** The shapes coloured by each commune's value against the target (value / target in fifths). */
    List<Region> colour(Map<String, BigDecimal> values, BigDecimal target) {
        return shapes.stream().map(s -> {
            BigDecimal value = values.get(s.code());
            return new Region(s, value, value == null ? NO_DATA : COLOURS[bucket(value, target)]);
        }).toList();
    }

    static int bucket(BigDecimal value, BigDecimal target) {
        double goal = target == null || target.signum() <= 0 ? 100 : target.doubleValue();
        double share = value.doubleValue() / goal;
        if (share >= 1) {
            return 4;
        }
        if (share >= 0.95) {
            return 3;
        }
        if (share >= 0.85) {
            return 2;
        }
        return share >= 0.7 ? 1 : 0;
    }

    /**
     * A commune outline: its code, short and full name, SVG path in the map's coordinates, and where
     * its name is written.
     */
    record Shape(String code, String name, String fullName, String path, String labelX, String labelY) {
    }

    /** A shape with its value (null: no data yet) and fill colour. */
    record Region(Shape shape, BigDecimal value, String fill) {
    }
}
