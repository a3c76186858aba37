package org.coltrain.report.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** SVG as XML: it must parse, and the node rectangles that share a parent must not overlap. */
final class SvgChecks {

    record Rect(String id, String parent, double x, double y, double w, double h) {
        boolean overlaps(Rect o, double tolerance) {
            return x < o.x + o.w - tolerance && o.x < x + w - tolerance && y < o.y + o.h - tolerance && o.y < y + h - tolerance;
        }
    }

    private SvgChecks() {
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertTrue(d.getDocumentElement().getLocalName().equals("svg"), "root element is svg");
        return d;
    }

    static List<Rect> nodes(Document d) {
        List<Rect> out = new ArrayList<>();
        NodeList rects = d.getElementsByTagNameNS("*", "rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element r = (Element) rects.item(i);
            if (!(" " + r.getAttribute("class") + " ").contains(" node ")) continue;
            out.add(new Rect(r.getAttribute("data-node"), r.getAttribute("data-parent"), Double.parseDouble(r.getAttribute("x")),
                    Double.parseDouble(r.getAttribute("y")), Double.parseDouble(r.getAttribute("width")),
                    Double.parseDouble(r.getAttribute("height"))));
        }
        return out;
    }

    /** Siblings (same data-parent) pairwise apart; 0.05 px tolerates the two-decimal rounding of touching bars. */
    static void assertNoSiblingOverlaps(String what, List<Rect> nodes) {
        for (int i = 0; i < nodes.size(); i++)
            for (int j = i + 1; j < nodes.size(); j++) {
                Rect a = nodes.get(i), b = nodes.get(j);
                if (a.parent().equals(b.parent()))
                    assertFalse(a.overlaps(b, 0.05), what + ": " + a + " overlaps " + b);
            }
    }
}
