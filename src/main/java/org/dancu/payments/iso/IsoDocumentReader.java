package org.dancu.payments.iso;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;

/**
 * Reads an ISO 20022 message as a stream: each element of a name the caller asked for ({@code GrpHdr},
 * {@code TxInfAndSts}, {@code Ntry} …), wherever it stands, is read into its pw-iso20022 model object and
 * handed over, one at a time, so a message of any length never sits in memory. Validate the message
 * first ({@link IsoValidator}); this reader only refuses a document of another type.
 */
public final class IsoDocumentReader {

    private final IsoMessageType type;
    private final Map<String, Handler<?>> handlers = new HashMap<>();

    private IsoDocumentReader(IsoMessageType type) {
        this.type = type;
    }

    public static IsoDocumentReader of(IsoMessageType type) {
        return new IsoDocumentReader(type);
    }

    /** Hands each element of this name, read as that model class, to the consumer. */
    public <T> IsoDocumentReader on(String element, Class<T> model, Consumer<? super T> consumer) {
        handlers.put(element, new Handler<>(model, consumer));
        return this;
    }

    /**
     * @throws IsoSchemaException when the stream is not XML or not a {@code Document} of this type
     */
    public void read(InputStream message) {
        try {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader in = new Unqualifying(factory.createXMLStreamReader(message), type.namespace());
            Unmarshaller unmarshaller = IsoContexts.of(type).createUnmarshaller();
            in.nextTag();
            if (!"Document".equals(in.getLocalName()) || !in.getNamespaceURI().isEmpty()) {
                throw new IsoSchemaException(type, in.getLocation().getLineNumber(), "not a " + type.version() + " Document");
            }
            while (in.hasNext()) {
                if (in.getEventType() == XMLStreamConstants.START_ELEMENT && handlers.containsKey(in.getLocalName())) {
                    handlers.get(in.getLocalName()).read(unmarshaller, in);
                } else {
                    in.next();
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new IsoSchemaException(type, line, e.getMessage());
        } catch (JAXBException e) {
            throw new IsoSchemaException(type, 0, String.valueOf(e.getMessage()));
        }
    }

    private record Handler<T>(Class<T> model, Consumer<? super T> consumer) {

        /** Reads the element the reader stands on, leaving it just after its end. */
        void read(Unmarshaller unmarshaller, XMLStreamReader in) throws JAXBException {
            consumer.accept(unmarshaller.unmarshal(in, model).getValue());
        }
    }

    /** Shows the message's elements without their namespace, as pw-iso20022's model classes expect them. */
    private static final class Unqualifying extends StreamReaderDelegate {

        private final String namespace;

        Unqualifying(XMLStreamReader in, String namespace) {
            super(in);
            this.namespace = namespace;
        }

        @Override
        public String getNamespaceURI() {
            String uri = super.getNamespaceURI();
            return namespace.equals(uri) ? XMLConstants.NULL_NS_URI : uri == null ? XMLConstants.NULL_NS_URI : uri;
        }

        @Override
        public QName getName() {
            return new QName(getNamespaceURI(), getLocalName());
        }
    }
}
