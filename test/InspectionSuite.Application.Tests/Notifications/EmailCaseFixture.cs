using System.Net;
using System.Net.Sockets;
using InspectionSuite.Application.Tests.Cases;
using InspectionSuite.Notifications;
using Microsoft.Extensions.DependencyInjection;
using netDumbster.smtp;

namespace InspectionSuite.Application.Tests.Notifications;

/// <summary>The case fixture with e-mail switched on, pointing at an in-process SMTP server that a test may start or leave down.</summary>
public sealed class EmailCaseFixture : CaseFixture
{
    public int SmtpPort { get; } = FreePort();
    public const string Sender = "Thanh tra tỉnh <thanhtra@quangngai.example.vn>";
    public const string BaseUrl = "https://thanhtra.quangngai.example.vn";

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.Configure<EmailOptions>(o =>
        {
            o.Host = "127.0.0.1";
            o.Port = SmtpPort;
            o.Security = "None";
            o.Sender = Sender;
            o.PublicBaseUrl = BaseUrl;
        });
    }

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    public Task<int> SendDueAsync() => RunAsAsync("admin", sp => sp.GetRequiredService<EmailOutboxSender>().SendDueAsync(default));

    public Task<List<EmailOutboxMessage>> OutboxAsync()
        => RunAsAsync("admin", sp => { var r = sp.GetRequiredService<IRepository<EmailOutboxMessage>>(); return r.ToListAsync(r.Query()); });

    /// <summary>Sends every pending row so the next test starts with an empty outbox (the SMTP server may be down: rows then fail once).</summary>
    public async Task DrainAsync()
    {
        using var server = SimpleSmtpServer.Start(SmtpPort);
        Clock.Advance(TimeSpan.FromDays(1)); // past any retry delay
        await SendDueAsync();
    }
}
