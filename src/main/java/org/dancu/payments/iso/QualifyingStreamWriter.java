package org.dancu.payments.iso;

import javax.xml.namespace.NamespaceContext;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * pw-iso20022's model classes carry no namespace, so JAXB writes their elements unqualified; this writer
 * puts every such element in the message's namespace, declared once as the default on {@code Document}.
 */
final class QualifyingStreamWriter implements XMLStreamWriter {

    private final XMLStreamWriter out;
    private final String namespace;

    QualifyingStreamWriter(XMLStreamWriter out, String namespace) {
        this.out = out;
        this.namespace = namespace;
    }

    private boolean ours(String namespaceUri) {
        return namespaceUri == null || namespaceUri.isEmpty() || namespaceUri.equals(namespace);
    }

    @Override
    public void writeStartElement(String localName) throws XMLStreamException {
        out.writeStartElement(localName);
    }

    @Override
    public void writeStartElement(String namespaceUri, String localName) throws XMLStreamException {
        if (ours(namespaceUri)) {
            out.writeStartElement(localName);
        } else {
            out.writeStartElement(namespaceUri, localName);
        }
    }

    @Override
    public void writeStartElement(String prefix, String localName, String namespaceUri) throws XMLStreamException {
        if (ours(namespaceUri)) {
            out.writeStartElement(localName);
        } else {
            out.writeStartElement(prefix, localName, namespaceUri);
        }
    }

    @Override
    public void writeEmptyElement(String namespaceUri, String localName) throws XMLStreamException {
        if (ours(namespaceUri)) {
            out.writeEmptyElement(localName);
        } else {
            out.writeEmptyElement(namespaceUri, localName);
        }
    }

    @Override
    public void writeEmptyElement(String prefix, String localName, String namespaceUri) throws XMLStreamException {
        if (ours(namespaceUri)) {
            out.writeEmptyElement(localName);
        } else {
            out.writeEmptyElement(prefix, localName, namespaceUri);
        }
    }

    @Override
    public void writeEmptyElement(String localName) throws XMLStreamException {
        out.writeEmptyElement(localName);
    }

    @Override
    public void writeNamespace(String prefix, String namespaceUri) throws XMLStreamException {
        if (!ours(namespaceUri)) {
            out.writeNamespace(prefix, namespaceUri);
        }
    }

    @Override
    public void writeDefaultNamespace(String namespaceUri) throws XMLStreamException {
        if (!ours(namespaceUri)) {
            out.writeDefaultNamespace(namespaceUri);
        }
    }

    @Override
    public void writeEndElement() throws XMLStreamException {
        out.writeEndElement();
    }

    @Override
    public void writeEndDocument() throws XMLStreamException {
        out.writeEndDocument();
    }

    @Override
    public void close() throws XMLStreamException {
        out.close();
    }

    @Override
    public void flush() throws XMLStreamException {
        out.flush();
    }

    @Override
    public void writeAttribute(String localName, String value) throws XMLStreamException {
        out.writeAttribute(localName, value);
    }

    @Override
    public void writeAttribute(String prefix, String namespaceUri, String localName, String value)
            throws XMLStreamException {
        if (namespaceUri == null || namespaceUri.isEmpty()) {
            out.writeAttribute(localName, value);
        } else {
            out.writeAttribute(prefix, namespaceUri, localName, value);
        }
    }

    @Override
    public void writeAttribute(String namespaceUri, String localName, String value) throws XMLStreamException {
        if (namespaceUri == null || namespaceUri.isEmpty()) {
            out.writeAttribute(localName, value);
        } else {
            out.writeAttribute(namespaceUri, localName, value);
        }
    }

    @Override
    public void writeComment(String data) throws XMLStreamException {
        out.writeComment(data);
    }

    @Override
    public void writeProcessingInstruction(String target) throws XMLStreamException {
        out.writeProcessingInstruction(target);
    }

    @Override
    public void writeProcessingInstruction(String target, String data) throws XMLStreamException {
        out.writeProcessingInstruction(target, data);
    }

    @Override
    public void writeCData(String data) throws XMLStreamException {
        out.writeCData(data);
    }

    @Override
    public void writeDTD(String dtd) throws XMLStreamException {
        out.writeDTD(dtd);
    }

    @Override
    public void writeEntityRef(String name) throws XMLStreamException {
        out.writeEntityRef(name);
    }

    @Override
    public void writeStartDocument() throws XMLStreamException {
        out.writeStartDocument();
    }

    @Override
    public void writeStartDocument(String version) throws XMLStreamException {
        out.writeStartDocument(version);
    }

    @Override
    public void writeStartDocument(String encoding, String version) throws XMLStreamException {
        out.writeStartDocument(encoding, version);
    }

    @Override
    public void writeCharacters(String text) throws XMLStreamException {
        out.writeCharacters(text);
    }

    @Override
    public void writeCharacters(char[] text, int start, int len) throws XMLStreamException {
        out.writeCharacters(text, start, len);
    }

    @Override
    public String getPrefix(String uri) throws XMLStreamException {
        return ours(uri) ? "" : out.getPrefix(uri);
    }

    @Override
    public void setPrefix(String prefix, String uri) throws XMLStreamException {
        if (!ours(uri)) {
            out.setPrefix(prefix, uri);
        }
    }

    @Override
    public void setDefaultNamespace(String uri) throws XMLStreamException {
        if (!ours(uri)) {
            out.setDefaultNamespace(uri);
        }
    }

    @Override
    public void setNamespaceContext(NamespaceContext context) throws XMLStreamException {
        out.setNamespaceContext(context);
    }

    @Override
    public NamespaceContext getNamespaceContext() {
        return out.getNamespaceContext();
    }

    @Override
    public Object getProperty(String name) {
        return out.getProperty(name);
    }
}
