package org.steplens.chart;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads exported SVG back: parses it strictly and collects the plotted points from their data attributes. */
public final class SvgDocuments {
    private SvgDocuments() {
    }

    public static Element parse(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(svg.toFile()).getDocumentElement();
    }

    /** Series key → its points as {x, y, error}, in drawing order. */
    public static Map<String, List<double[]>> points(Element svg) {
        Map<String, List<double[]>> out = new LinkedHashMap<>();
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (!"point".equals(g.getAttribute("class"))) {
                continue;
            }
            String series = ((Element) g.getParentNode()).getAttribute("data-series");
            out.computeIfAbsent(series, k -> new ArrayList<>()).add(new double[] {
                    Double.parseDouble(g.getAttribute("data-x")), Double.parseDouble(g.getAttribute("data-y")),
                    Double.parseDouble(g.getAttribute("data-error"))});
        }
        return out;
    }
}
