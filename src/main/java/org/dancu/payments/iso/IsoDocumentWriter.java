package org.dancu.payments.iso;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

/**
 * Writes an ISO 20022 message as a stream: the {@code Document} and the message's root element, then
 * wrapping elements opened and closed by name and pw-iso20022 model objects (a group header, one credit
 * transfer …) marshalled one at a time, so a message of any length never sits in memory. Every element
 * is qualified in the message's namespace. The caller owns the output stream.
 */
public final class IsoDocumentWriter implements AutoCloseable {

    private final XMLStreamWriter out;
    private final Marshaller marshaller;
    private int open;

    private IsoDocumentWriter(IsoMessageType type, OutputStream stream) throws XMLStreamException, JAXBException {
        XMLStreamWriter raw = XMLOutputFactory.newFactory()
                .createXMLStreamWriter(new BufferedOutputStream(stream, 1 << 16), StandardCharsets.UTF_8.name());
        this.out = new QualifyingStreamWriter(raw, type.namespace());
        this.marshaller = IsoContexts.of(type).createMarshaller();
        marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
        marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
        raw.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        raw.writeStartElement("", "Document", type.namespace());
        raw.writeDefaultNamespace(type.namespace());
        raw.writeStartElement(type.rootElement());
        open = 2;
    }

    public static IsoDocumentWriter open(IsoMessageType type, OutputStream stream) {
        try {
            return new IsoDocumentWriter(type, stream);
        } catch (XMLStreamException | JAXBException e) {
            throw new IllegalStateException("cannot start a " + type.version() + " message", e);
        }
    }

    /** Opens a wrapping element ({@code PmtInf}) whose children follow. */
    public IsoDocumentWriter start(String element) {
        try {
            out.writeStartElement(element);
            open++;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes the element opened last. */
    public IsoDocumentWriter end() {
        try {
            out.writeEndElement();
            open--;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes one model object of the message as the element of that name ({@code GrpHdr}, {@code CdtTrfTxInf}). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public IsoDocumentWriter write(String element, Object model) {
        try {
            marshaller.marshal(new JAXBElement(new QName(element), model.getClass(), model), out);
            return this;
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write " + element, e);
        }
    }

    /** Closes every element still open and flushes the stream. */
    @Override
    public void close() {
        try {
            while (open > 0) {
                end();
            }
            out.writeEndDocument();
            out.flush();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
