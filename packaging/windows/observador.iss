; Inno Setup 6 script: the Windows installer of Observador.
;
; Build on Windows with packaging\windows\build.ps1 (it makes the PyInstaller
; bundle dist\observador\ first, then runs ISCC /DAppVersion=<version> on this
; file). Result: dist\Observador-<version>-instalador.exe.
;
; Installs per user by default (no administrator needed on a borrowed laptop;
; the wizard offers "all users" to an administrator). The observer's data lives
; in %LOCALAPPDATA%\observador, outside {app}: upgrading or uninstalling never
; touches it, and a newer version migrates the database after a backup.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Observador"
#define AppExe "observer-desktop.exe"
#define Bundle "..\..\dist\observador"

[Setup]
; Never change AppId: it is how a newer installer finds and upgrades this one.
AppId={{A57DB08E-49B9-4385-8D1B-F813B0EEC84D}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Programa Observador Ciudadano, OIC del Municipio de Chihuahua
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Observador
DefaultGroupName=Observador
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=Observador-{#AppVersion}-instalador
SetupIconFile=..\..\build\packaging\icons\observador.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
es.PackageType=Paquete de auditoría de Observador
en.PackageType=Observador audit package
es.BatchType=Lote de Observador para el OIC
en.BatchType=Observador batch for the OIC
es.ReportType=Informe firmado (verificar con Observador)
en.ReportType=Signed report (verify with Observador)
es.AppComment=Auditorías ciudadanas de contrataciones públicas
en.AppComment=Citizen audits of public procurement
es.SelfTestRunning=Comprobando la instalación…
en.SelfTestRunning=Checking the installation…
es.SelfTestFailed=La comprobación de la instalación falló. Los detalles están en:%n%n%1%n%nEnvíe ese archivo al OIC si Observador no abre.
en.SelfTestFailed=The installation check failed. The details are in:%n%n%1%n%nSend that file to the OIC if Observador does not start.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; files of an older version that this one no longer ships
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Observador"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\Observador"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Registry]
; HKA: HKCU for a per-user install, HKLM for all users.
; Batches (.obsbatch) open with Observador, which explains where they go.
Root: HKA; Subkey: "Software\Classes\.obsbatch"; ValueType: string; ValueName: ""; ValueData: "Observador.Lote"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.obsbatch\OpenWithProgids"; ValueType: string; ValueName: "Observador.Lote"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Observador.Lote"; ValueType: string; ValueName: ""; ValueData: "{cm:BatchType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Observador.Lote\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\Observador.Lote\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; Packages are named *.observador.zip, and Windows associates by the last
; extension: .zip stays Explorer's, and Observador is offered in "Open with".
Root: HKA; Subkey: "Software\Classes\Observador.Paquete"; ValueType: string; ValueName: ""; ValueData: "{cm:PackageType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Observador.Paquete\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\Observador.Paquete\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.zip\OpenWithProgids"; ValueType: string; ValueName: "Observador.Paquete"; ValueData: ""; Flags: uninsdeletevalue
; Signed reports: "Open with → Observador" verifies any PDF (the default PDF viewer is kept).
Root: HKA; Subkey: "Software\Classes\Observador.Informe"; ValueType: string; ValueName: ""; ValueData: "{cm:ReportType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Observador.Informe\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.pdf\OpenWithProgids"; ValueType: string; ValueName: "Observador.Informe"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "Observador"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".obsbatch"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".zip"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".pdf"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,Observador}"; Flags: nowait postinstall skipifsilent

[Code]
{ After copying the files, run the installed program's self-test (offscreen,
  in a temporary folder: the observer's data is not touched). A failure does
  not undo the installation; it tells where the details are. }
procedure CurStepChanged(CurStep: TSetupStep);
var
  ResultCode: Integer;
  LogFile: String;
begin
  if CurStep = ssPostInstall then
  begin
    WizardForm.StatusLabel.Caption := CustomMessage('SelfTestRunning');
    LogFile := ExpandConstant('{localappdata}\observador\Logs\autoprueba.log');
    if (not Exec(ExpandConstant('{app}\{#AppExe}'), '--self-test', ExpandConstant('{app}'),
                 SW_HIDE, ewWaitUntilTerminated, ResultCode)) or (ResultCode <> 0) then
      SuppressibleMsgBox(FmtMessage(CustomMessage('SelfTestFailed'), [LogFile]),
                         mbError, MB_OK, IDOK);
  end;
end;
