package org.edition.encode;

import java.util.ArrayList;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.output.SAXOutputter;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An element written once and kept: its text as {@link TeiWriter} writes it at a given depth, and the
 * SAX events it sends the validator, recorded. A register entry is copied into the standOff of
 * every document that names it; made into text and events once per run, each copy costs an append
 * and a replay. Immutable and thread-safe.
 */
public final class WrittenElement {
    private final String xml;
    private final List<Event> events;

    private WrittenElement(String xml, List<Event> events) {
        this.xml = xml;
        this.events = events;
    }

    /** {@code element} (not changed) as TeiWriter writes it at {@code depth} inside the TEI element. */
    public static WrittenElement of(Element element, int depth) {
        Element copy = element.clone();
        TeiWriter.indent(copy, depth);
        Recorder recorder = new Recorder();
        try {
            new SAXOutputter(recorder).outputFragment(copy);
        } catch (JDOMException e) {
            throw new IllegalStateException("cannot record the SAX events of " + element.getName(), e);
        }
        return new WrittenElement(TeiWriter.inScopeString(copy), List.copyOf(recorder.events));
    }

    /** The element as written: no leading indentation, its content indented for its depth. */
    String xml() {
        return xml;
    }

    /** Sends the recorded events to {@code handler}. */
    void replay(ContentHandler handler) throws SAXException {
        for (Event e : events) {
            e.send(handler);
        }
    }

    private interface Event {
        void send(ContentHandler h) throws SAXException;
    }

    private static final class Recorder extends DefaultHandler {
        final List<Event> events = new ArrayList<>();

        @Override
        public void startPrefixMapping(String prefix, String uri) {
            events.add(h -> h.startPrefixMapping(prefix, uri));
        }

        @Override
        public void endPrefixMapping(String prefix) {
            events.add(h -> h.endPrefixMapping(prefix));
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            Attributes copy = new AttributesImpl(atts);
            events.add(h -> h.startElement(uri, localName, qName, copy));
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            events.add(h -> h.endElement(uri, localName, qName));
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            char[] copy = java.util.Arrays.copyOfRange(ch, start, start + length);
            events.add(h -> h.characters(copy, 0, copy.length));
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            characters(ch, start, length);
        }
    }
}
