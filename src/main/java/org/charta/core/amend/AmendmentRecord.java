package org.charta.core.amend;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The record file of one amendment, {@code .charta/amendments/<id>/amendment.json}: what it is, who proposed it,
 * where it stands, and the vote's window and result. Fields this version does not know are kept and written
 * back, as in the manifest. Times are ISO-8601 instants in UTC ({@code 2026-12-05T09:30:00Z}).
 */
@JsonPropertyOrder({"id", "title", "rationale", "author", "created", "targets", "parent", "base", "status",
        "vote", "tally"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class AmendmentRecord {

    private String id;
    private String title = "";
    private String rationale = "";
    private Person author;
    private String created;
    private List<String> targets = new ArrayList<>();
    private String parent;
    private String base;
    private AmendmentStatus status = AmendmentStatus.DRAFT;
    private VoteWindow vote;
    private Map<String, Object> tally;
    private final Map<String, Object> unknownFields = new LinkedHashMap<>();

    /** A person as the record stores them: display name and e-mail address. */
    public record Person(@JsonProperty("name") String name, @JsonProperty("email") String email) {
    }

    /**
     * When the vote was opened and closed, and by whom; {@code closes} is the end of the voting period that the
     * governance rules gave when it opened, or null when they set none.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VoteWindow(@JsonProperty("openedBy") Person openedBy, @JsonProperty("opened") String opened,
                             @JsonProperty("closes") String closes, @JsonProperty("closedBy") Person closedBy,
                             @JsonProperty("closed") String closed) {
    }

    @JsonProperty("id")
    public String id() {
        return id;
    }

    @JsonProperty("id")
    public void setId(String id) {
        this.id = id;
    }

    @JsonProperty("title")
    public String title() {
        return title;
    }

    @JsonProperty("title")
    public void setTitle(String title) {
        this.title = title;
    }

    @JsonProperty("rationale")
    public String rationale() {
        return rationale;
    }

    @JsonProperty("rationale")
    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    @JsonProperty("author")
    public Person author() {
        return author;
    }

    @JsonProperty("author")
    public void setAuthor(Person author) {
        this.author = author;
    }

    @JsonProperty("created")
    public String created() {
        return created;
    }

    @JsonProperty("created")
    public void setCreated(String created) {
        this.created = created;
    }

    /** Ids of the sections the amendment changes, in manifest order. */
    @JsonProperty("targets")
    public List<String> targets() {
        return targets;
    }

    @JsonProperty("targets")
    public void setTargets(List<String> targets) {
        this.targets = targets == null ? new ArrayList<>() : new ArrayList<>(targets);
    }

    /** The amendment this one amends (a sub-amendment), or null when it was made from the main text. */
    @JsonProperty("parent")
    public String parent() {
        return parent;
    }

    @JsonProperty("parent")
    public void setParent(String parent) {
        this.parent = parent;
    }

    /** The commit the branch was made from, as 40 hex digits. */
    @JsonProperty("base")
    public String base() {
        return base;
    }

    @JsonProperty("base")
    public void setBase(String base) {
        this.base = base;
    }

    @JsonProperty("status")
    public AmendmentStatus status() {
        return status;
    }

    @JsonProperty("status")
    public void setStatus(AmendmentStatus status) {
        this.status = status;
    }

    @JsonProperty("vote")
    public VoteWindow vote() {
        return vote;
    }

    @JsonProperty("vote")
    public void setVote(VoteWindow vote) {
        this.vote = vote;
    }

    /** The tally written when the vote closed, as {@code Tally.toRecord()} gives it; null before. */
    @JsonProperty("tally")
    public Map<String, Object> tally() {
        return tally;
    }

    @JsonProperty("tally")
    public void setTally(Map<String, Object> tally) {
        this.tally = tally;
    }

    @JsonAnyGetter
    Map<String, Object> unknownFields() {
        return unknownFields;
    }

    @JsonAnySetter
    void putUnknownField(String name, Object value) {
        unknownFields.put(name, value);
    }
}
