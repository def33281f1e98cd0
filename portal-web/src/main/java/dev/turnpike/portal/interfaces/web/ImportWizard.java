package dev.turnpike.portal.interfaces.web;

import dev.turnpike.portal.application.ApiService;
import dev.turnpike.portal.application.ImportPreview;
import dev.turnpike.portal.application.ImportPreviewService;
import dev.turnpike.portal.application.PortalException;
import dev.turnpike.portal.application.Views.ApiView;
import dev.turnpike.portal.infrastructure.fetch.DocumentFetcher;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.primefaces.model.file.UploadedFile;

/**
 * The tenant page's import: a document from an upload, a URL or pasted text is previewed first
 * (methods, integrations, warnings, errors with JSON pointers, and what changes when it replaces an
 * existing API), and only "Import" stores it, in one transaction.
 */
@Named("importWizard")
@ViewScoped
public class ImportWizard implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ImportPreviewService previews;
  @Inject ApiService apis;
  @Inject TenantPage page;
  @Inject WebCaller me;

  private transient UploadedFile file;
  private String url;
  private String target = "";
  private String document;
  private String source;
  private transient ImportPreview preview;
  private Long previewedVersion;

  public void previewUpload() {
    if (file == null || file.getSize() == 0) {
      Messages.refused(PortalException.badInput("file", "choose an OpenAPI file to upload."));
      return;
    }
    if (file.getSize() > DocumentFetcher.MAX_BYTES) {
      Messages.refused(PortalException.badInput("file", "it is over 5 MB; split the API."));
      return;
    }
    show(new String(file.getContent(), StandardCharsets.UTF_8), file.getFileName());
  }

  public void previewUrl() {
    try {
      show(previews.fetch(me.caller(), page.getTenantId(), url), url);
    } catch (PortalException e) {
      Messages.refused(e);
    }
  }

  /** Previews the text pasted into the tenant page's document field. */
  public void previewPasted() {
    show(page.getDocument(), "pasted text");
  }

  private void show(String text, String from) {
    preview = null;
    try {
      preview =
          previews.preview(me.caller(), page.getTenantId(), text, target.isBlank() ? null : target);
      previewedVersion =
          preview.update()
              ? apis.get(me.caller(), page.getTenantId(), preview.replacingApiId()).draftVersion()
              : null;
      document = text;
      source = from;
    } catch (PortalException e) {
      Messages.refused(e);
    }
  }

  /** Stores the previewed document: a new API, or the new draft of the chosen one. */
  public void apply() {
    if (preview == null || document == null) {
      return;
    }
    try {
      ApiView api =
          preview.update()
              ? apis.replaceDraft(
                  me.caller(),
                  page.getTenantId(),
                  preview.replacingApiId(),
                  document,
                  previewedVersion)
              : apis.importApi(me.caller(), page.getTenantId(), document);
      Messages.done(
          (preview.update() ? "Updated the draft of '" : "Imported '")
              + api.name()
              + "' with "
              + api.methodCount()
              + " method(s)."
              + (preview.update() ? " Deploy to serve it." : ""));
      cancel();
    } catch (PortalException e) {
      Messages.refused(e);
    } finally {
      page.refresh();
    }
  }

  public void cancel() {
    preview = null;
    document = null;
    source = null;
  }

  public ImportPreview getPreview() {
    return preview;
  }

  public String getSource() {
    return source;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  /** The API to replace, or empty for a new API. */
  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target == null ? "" : target;
  }
}
