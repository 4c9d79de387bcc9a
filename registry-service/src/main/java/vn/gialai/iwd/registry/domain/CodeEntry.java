package vn.gialai.iwd.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;

/** One entry of a code list (qualifications, sectors, ethnicities, …) with Vietnamese and English labels. */
@Entity
@Table(name = "code_entry")
public class CodeEntry {

    @EmbeddedId
    public Key key;

    @Column(name = "label_vi", nullable = false)
    public String labelVi;

    @Column(name = "label_en", nullable = false)
    public String labelEn;

    @Column(nullable = false)
    public int position;

    @Embeddable
    public record Key(@Column(name = "list_name") String listName, @Column(name = "code") String code)
            implements Serializable {
    }
}
