package dev.turnpike.portal.interfaces.web;

import dev.turnpike.portal.application.AccessViews.TenantDetails;
import dev.turnpike.portal.application.PortalException;
import dev.turnpike.portal.application.TenantLogoService;
import dev.turnpike.portal.application.TenantSettingsService;
import dev.turnpike.portal.application.TenantSettingsService.TenantSettings;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.file.UploadedFile;

/**
 * The tenant page's Portal branding section: the logo (upload, remove) and the brand and accent
 * colours, with what the portal makes of their contrast. The services decide who may change them.
 */
@Named("brandingPanel")
@ViewScoped
public class BrandingPanel implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TenantSettingsService settings;
  @Inject TenantLogoService logos;
  @Inject WebCaller me;
  @Inject TenantPage page;

  private String brandColor;
  private String accentColor;
  private boolean formLoaded;
  private transient UploadedFile file;
  private transient TenantDetails details;

  public TenantDetails getDetails() {
    if (details == null) {
      try {
        details = settings.get(me.caller(), page.getTenantId());
      } catch (PortalException e) {
        return null;
      }
      if (!formLoaded) {
        formLoaded = true;
        brandColor = details.brandColor();
        accentColor = details.accentColor();
      }
    }
    return details;
  }

  public void saveColours() {
    run(
        () -> {
          TenantDetails saved =
              settings.configure(
                  me.caller(),
                  page.getTenantId(),
                  new TenantSettings(
                      null, null, null, null, orEmpty(brandColor), orEmpty(accentColor)));
          Messages.done("Saved the portal's colours.");
          saved.brandNotes().forEach(Messages::done);
        });
  }

  public void uploadLogo() {
    run(
        () -> {
          if (file == null || file.getSize() == 0) {
            throw PortalException.badInput("logo", "choose a PNG, JPEG or WebP file to upload.");
          }
          logos.upload(me.caller(), page.getTenantId(), file.getContent(), file.getContentType());
          Messages.done("Uploaded the logo; the portal shows it now.");
        });
  }

  public void removeLogo() {
    run(
        () -> {
          logos.remove(me.caller(), page.getTenantId());
          Messages.done("Removed the logo; the portal shows the tenant's initial.");
        });
  }

  private void run(Runnable action) {
    try {
      action.run();
    } catch (PortalException e) {
      Messages.refused(e);
    } finally {
      details = null;
      file = null;
    }
  }

  /** An empty field means "the portal's default", which the service takes as "". */
  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  public String getBrandColor() {
    getDetails();
    return brandColor;
  }

  public void setBrandColor(String brandColor) {
    this.brandColor = brandColor;
  }

  public String getAccentColor() {
    getDetails();
    return accentColor;
  }

  public void setAccentColor(String accentColor) {
    this.accentColor = accentColor;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
