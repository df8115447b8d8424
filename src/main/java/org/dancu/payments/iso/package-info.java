/**
 * The four ISO 20022 messages payments exchanges with the banks: validated against their schemas, written
 * and read as streams. A named interface, so that the bank simulator reads and writes them as the module does.
 */
@org.springframework.modulith.NamedInterface("iso")
package org.dancu.payments.iso;
