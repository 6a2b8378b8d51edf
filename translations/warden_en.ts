<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ImpactReport</name>
    <message numerus="yes">
        <source>%n device(s) affected</source>
        <translation>
            <numerusform>%n device affected</numerusform>
            <numerusform>%n devices affected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more reachable within %1 hop(s)</source>
        <translation>
            <numerusform>%n more reachable within %1 hop(s)</numerusform>
            <numerusform>%n more reachable within %1 hop(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety-critical</source>
        <translation>
            <numerusform>%n safety-critical</numerusform>
            <numerusform>%n safety-critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s) via %1</source>
        <translation>
            <numerusform>%n hop via %1</numerusform>
            <numerusform>%n hops via %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People affected: %n (names hidden for your role)</source>
        <translation>
            <numerusform>People affected: %n (names hidden for your role)</numerusform>
            <numerusform>People affected: %n (names hidden for your role)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message numerus="yes">
        <source>(%n characters, left out of an anonymised report)</source>
        <translation>
            <numerusform>(%n character, left out of an anonymised report)</numerusform>
            <numerusform>(%n characters, left out of an anonymised report)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostureReport</name>
    <message numerus="yes">
        <source>Licences expiring within %n days</source>
        <translation>
            <numerusform>Licences expiring within %n day</numerusform>
            <numerusform>Licences expiring within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::CampaignTargetModel</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::CampaignWindowsPanel</name>
    <message numerus="yes">
        <source>%n site(s) have their own window.</source>
        <translation>
            <numerusform>%n site has its own window.</numerusform>
            <numerusform>%n sites have their own window.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) wait for a window to open.</source>
        <translation>
            <numerusform>%n device waits for a window to open.</numerusform>
            <numerusform>%n devices wait for a window to open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::CampaignWizard</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln %1 device(s) match</source>
        <translation>
            <numerusform>%Ln %1 device matches</numerusform>
            <numerusform>%Ln %1 devices match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%Ln&lt;/b&gt; device(s) of %1 in this backend&apos;s fleet.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%Ln&lt;/b&gt; device of %1 in this backend&apos;s fleet.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%Ln&lt;/b&gt; devices of %1 in this backend&apos;s fleet.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s), halt above %1 % failed</source>
        <translation>
            <numerusform>%Ln device, halt above %1 % failed</numerusform>
            <numerusform>%Ln devices, halt above %1 % failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p style=&quot;color:#D32F2F&quot;&gt;&lt;b&gt;%n safety-critical device(s)&lt;/b&gt;:&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p style=&quot;color:#D32F2F&quot;&gt;&lt;b&gt;%n safety-critical device&lt;/b&gt;:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p style=&quot;color:#D32F2F&quot;&gt;&lt;b&gt;%n safety-critical devices&lt;/b&gt;:&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n device(s) cannot take an online update&lt;/b&gt;; each becomes a work order for a technician:&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n device cannot take an online update&lt;/b&gt;; each becomes a work order for a technician:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n devices cannot take an online update&lt;/b&gt;; each becomes a work order for a technician:&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %Ln device(s), %3</source>
        <translation>
            <numerusform>%1 (%2): %Ln device, %3</numerusform>
            <numerusform>%1 (%2): %Ln devices, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n device(s) update only inside a maintenance window; these sites wait for one:&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n device updates only inside a maintenance window; these sites wait for one:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n devices update only inside a maintenance window; these sites wait for one:&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected device(s)</source>
        <translation>
            <numerusform>%Ln selected device</numerusform>
            <numerusform>%Ln selected devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln selected device(s) is a %1 device of this backend.</source>
        <translation>
            <numerusform>The %Ln selected device is not a %1 device of this backend.</numerusform>
            <numerusform>None of the %Ln selected devices is a %1 device of this backend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them are %1 devices</source>
        <translation>
            <numerusform>%Ln of them is a %1 device</numerusform>
            <numerusform>%Ln of them are %1 devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out (another class, or no longer in the register)</source>
        <translation>
            <numerusform>%Ln left out (another class, or no longer in the register)</numerusform>
            <numerusform>%Ln left out (another class, or no longer in the register)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::CredentialModel</name>
    <message numerus="yes">
        <source>%1 · expired %n day(s) ago</source>
        <translation>
            <numerusform>%1 · expired %n day ago</numerusform>
            <numerusform>%1 · expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · in %n day(s)</source>
        <translation>
            <numerusform>%1 · in %n day</numerusform>
            <numerusform>%1 · in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::DashboardPage</name>
    <message numerus="yes">
        <source>%n safety-critical</source>
        <translation>
            <numerusform>%n safety-critical</numerusform>
            <numerusform>%n safety-critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resolved</source>
        <translation>
            <numerusform>%n resolved</numerusform>
            <numerusform>%n resolved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n halted</source>
        <translation>
            <numerusform>%n halted</numerusform>
            <numerusform>%n halted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::DemoSession</name>
    <message numerus="yes">
        <source>Starting the demo backend with %n devices…</source>
        <translation>
            <numerusform>Starting the demo backend with %n device…</numerusform>
            <numerusform>Starting the demo backend with %n devices…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::DeviceCampaignsView</name>
    <message numerus="yes">
        <source>%n campaign(s) targeted %1 on %2; newest first.</source>
        <translation>
            <numerusform>%n campaign targeted %1 on %2; newest first.</numerusform>
            <numerusform>%n campaigns targeted %1 on %2; newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::DeviceDetailPanel</name>
    <message numerus="yes">
        <source>Personal data: copied marked as secret, so clipboard managers keep no history of it, and cleared after %n seconds.</source>
        <translation>
            <numerusform>Personal data: copied marked as secret, so clipboard managers keep no history of it, and cleared after %n seconds.</numerusform>
            <numerusform>Personal data: copied marked as secret, so clipboard managers keep no history of it, and cleared after %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The owner&apos;s contact is on the clipboard, marked secret; it is cleared in %n seconds.</source>
        <translation>
            <numerusform>The owner&apos;s contact is on the clipboard, marked secret; it is cleared in %n seconds.</numerusform>
            <numerusform>The owner&apos;s contact is on the clipboard, marked secret; it is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::DryRunHitModel</name>
    <message numerus="yes">
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln action</numerusform>
            <numerusform>%Ln actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln device</numerusform>
            <numerusform>%Ln devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cached event(s)</source>
        <translation>
            <numerusform>%Ln cached event</numerusform>
            <numerusform>%Ln cached events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanned %Ln event(s) (%1): </source>
        <translation>
            <numerusform>Scanned %Ln event (%1): </numerusform>
            <numerusform>Scanned %Ln events (%1): </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::IdentityPage</name>
    <message numerus="yes">
        <source>%n of them can only be rotated by a technician on site.</source>
        <translation>
            <numerusform>%n of them can only be rotated by a technician on site.</numerusform>
            <numerusform>%n of them can only be rotated by a technician on site.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preauthorized %n identities.</source>
        <translation>
            <numerusform>Preauthorized %n identity.</numerusform>
            <numerusform>Preauthorized %n identities.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s): %1</source>
        <translation>
            <numerusform>%n device: %1</numerusform>
            <numerusform>%n devices: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rotated %n credential(s).</source>
        <translation>
            <numerusform>Rotated %n credential.</numerusform>
            <numerusform>Rotated %n credentials.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) need a technician&apos;s visit: %1%2</source>
        <translation>
            <numerusform>%n device needs a technician&apos;s visit: %1%2</numerusform>
            <numerusform>%n devices need a technician&apos;s visit: %1%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::ImpactDialog</name>
    <message numerus="yes">
        <source>Working out what %n device(s) of %1 affect…</source>
        <translation>
            <numerusform>Working out what %n device of %1 affects…</numerusform>
            <numerusform>Working out what %n devices of %1 affect…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::ImpactPanel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s) via %1</source>
        <translation>
            <numerusform>%n hop via %1</numerusform>
            <numerusform>%n hops via %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s); names hidden for your role</source>
        <translation>
            <numerusform>%n owner; names hidden for your role</numerusform>
            <numerusform>%n owners; names hidden for your role</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::IncidentListModel</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n d ago</numerusform>
            <numerusform>%n d ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::IncidentsPage</name>
    <message numerus="yes">
        <source>Report written to %1 (%n pages, with personal data).</source>
        <translation>
            <numerusform>Report written to %1 (%n page, with personal data).</numerusform>
            <numerusform>Report written to %1 (%n pages, with personal data).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1 (%n pages, anonymised).</source>
        <translation>
            <numerusform>Report written to %1 (%n page, anonymised).</numerusform>
            <numerusform>Report written to %1 (%n pages, anonymised).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::KeyboardShortcutsDialog</name>
    <message numerus="yes">
        <source>%n shortcut(s)</source>
        <translation>
            <numerusform>%n shortcut</numerusform>
            <numerusform>%n shortcuts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shortcut(s)</source>
        <translation>
            <numerusform>%1 of %n shortcut</numerusform>
            <numerusform>%1 of %n shortcuts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::MainWindow</name>
    <message numerus="yes">
        <source>%n pending action(s) to confirm</source>
        <translation>
            <numerusform>%n pending action to confirm</numerusform>
            <numerusform>%n pending actions to confirm</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::OfflineBanner</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::ReportController</name>
    <message numerus="yes">
        <source>Fleet posture report written to %1 (%n pages, no personal data).</source>
        <translation>
            <numerusform>Fleet posture report written to %1 (%n pages, no personal data).</numerusform>
            <numerusform>Fleet posture report written to %1 (%n pages, no personal data).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::RulesPage</name>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::ThreatsPage</name>
    <message numerus="yes">
        <source>⏸ Paused — %n new</source>
        <translation>
            <numerusform>⏸ Paused — %n new</numerusform>
            <numerusform>⏸ Paused — %n new</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::TopologyPage</name>
    <message numerus="yes">
        <source>%n id(s) of the blast radius are not in the topology (yet): %1</source>
        <translation>
            <numerusform>%n id of the blast radius is not in the topology (yet): %1</numerusform>
            <numerusform>%n ids of the blast radius are not in the topology (yet): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n device(s) (%2 safety-critical)</source>
        <translation>
            <numerusform>%1 — %n device (%2 safety-critical)</numerusform>
            <numerusform>%1 — %n devices (%2 safety-critical)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backend(s)</source>
        <translation>
            <numerusform>%n backend</numerusform>
            <numerusform>%n backends</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::UpdatesPage</name>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%Ln&lt;/b&gt; device(s) run this version.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%Ln&lt;/b&gt; device runs this version.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%Ln&lt;/b&gt; devices run this version.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · wave %3 of %4 · %Ln device(s)</source>
        <translation>
            <numerusform>%1 · %2 · wave %3 of %4 · %Ln device</numerusform>
            <numerusform>%1 · %2 · wave %3 of %4 · %Ln devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n work order(s) to %1.</source>
        <translation>
            <numerusform>Exported %n work order to %1.</numerusform>
            <numerusform>Exported %n work orders to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::WorkOrderModel</name>
    <message numerus="yes">
        <source>%n device(s) need physical service. Generated %1.</source>
        <translation>
            <numerusform>%n device needs physical service. Generated %1.</numerusform>
            <numerusform>%n devices need physical service. Generated %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
