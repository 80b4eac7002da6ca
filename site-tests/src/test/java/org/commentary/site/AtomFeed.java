package org.commentary.site;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An Atom feed (RFC 4287) as a namespace-aware XML parser reads it: only elements in the Atom namespace
 * count, so a feed written without {@code xmlns="http://www.w3.org/2005/Atom"} has no id, title or entries.
 */
record AtomFeed(String path, String rootName, String rootNamespace, List<String> ids, List<String> titles,
                List<String> updated, List<Link> links, List<String> authors, List<Entry> entries) {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    record Link(String rel, String type, String href) {
    }

    record Entry(List<String> ids, List<String> titles, List<String> updated, List<Link> links, List<String> authors) {

        /** The entry's {@code rel="alternate"} link (the default rel), or "" when it has none. */
        String alternate() {
            return AtomFeed.alternate(links);
        }
    }

    /** Parses {@code file}; a file that is not well-formed XML fails the test, naming the file. */
    static AtomFeed parse(Path file, String sitePath) {
        Document document = XmlFiles.parse(file, sitePath);
        Element root = document.getDocumentElement();
        List<Entry> entries = new ArrayList<>();
        for (Element entry : children(root, "entry")) {
            entries.add(new Entry(texts(entry, "id"), texts(entry, "title"), texts(entry, "updated"), links(entry),
                    authors(entry)));
        }
        return new AtomFeed(sitePath, root.getLocalName(), root.getNamespaceURI(), texts(root, "id"),
                texts(root, "title"), texts(root, "updated"), links(root), authors(root), entries);
    }

    /** The feed's link with {@code rel}, or "" when there is none. */
    String link(String rel) {
        return links.stream().filter(link -> link.rel().equals(rel)).map(Link::href).findFirst().orElse("");
    }

    String alternate() {
        return alternate(links);
    }

    private static String alternate(List<Link> links) {
        return links.stream().filter(link -> link.rel().isEmpty() || link.rel().equals("alternate"))
                .map(Link::href).findFirst().orElse("");
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && ATOM.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<String> texts(Element parent, String localName) {
        return children(parent, localName).stream().map(element -> element.getTextContent().strip()).toList();
    }

    private static List<Link> links(Element parent) {
        return children(parent, "link").stream()
                .map(link -> new Link(link.getAttribute("rel"), link.getAttribute("type"), link.getAttribute("href")))
                .toList();
    }

    private static List<String> authors(Element parent) {
        List<String> names = new ArrayList<>();
        for (Element author : children(parent, "author")) {
            names.addAll(texts(author, "name"));
        }
        return names;
    }

    /** Secure, namespace-aware DOM parsing (no DTDs, no external entities). */
    static final class XmlFiles {

        private XmlFiles() {
        }

        static Document parse(Path file, String sitePath) {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setExpandEntityReferences(false);
                DocumentBuilder builder = factory.newDocumentBuilder();
                builder.setErrorHandler(new DefaultHandler() {
                    @Override
                    public void error(org.xml.sax.SAXParseException e) throws SAXException {
                        throw e;
                    }
                });
                return builder.parse(file.toFile());
            } catch (SAXException e) {
                return fail(sitePath + " is not well-formed XML: " + e.getMessage(), e);
            } catch (IOException | ParserConfigurationException e) {
                return fail("cannot read " + sitePath + ": " + e, e);
            }
        }
    }
}
