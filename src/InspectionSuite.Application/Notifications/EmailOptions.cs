namespace InspectionSuite.Notifications;

/// <summary>
/// SMTP settings (section <c>Email</c>). E-mail is off while <see cref="Host"/> or <see cref="Sender"/> is unset: no
/// outbox row is sent and notifications stay in the app only.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    /// <summary><c>StartTls</c> (default), <c>SslOnConnect</c>, <c>Auto</c> or <c>None</c> (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "StartTls";
    /// <summary>The From address, e.g. <c>"Thanh tra tỉnh &lt;thanhtra@quangngai.gov.vn&gt;"</c>.</summary>
    public string? Sender { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    /// <summary>The site's public address; a notification's app-relative link is made absolute with it in the e-mail.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";
    /// <summary>Seconds between passes of the background sender.</summary>
    public int PollSeconds { get; set; } = 30;
    /// <summary>A message still unsent after this many hours is abandoned: a stale notice by e-mail helps nobody (it stays in the app).</summary>
    public int MaxAgeHours { get; set; } = 48;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(Sender);
}
