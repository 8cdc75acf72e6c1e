; Inno Setup script: a per-user installer for the PyInstaller bundle in dist\ConsultDesk.
; No administrator rights: installs under %LOCALAPPDATA%\Programs, Start-menu entry for this user.
;   iscc /DAppVersion=0.1.0 packaging\windows\consultdesk.iss
; (the release workflow passes the version; the output goes to dist\)
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppId "org.consultdesk.ConsultDesk"

[Setup]
AppId={#AppId}
AppName=ConsultDesk
AppVersion={#AppVersion}
AppPublisher=The ConsultDesk developers
DefaultDirName={autopf}\ConsultDesk
DefaultGroupName=ConsultDesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=ConsultDesk-{#AppVersion}-windows-x86_64-setup
SetupIconFile=..\..\build\icons\consultdesk.ico
UninstallDisplayIcon={app}\ConsultDesk.exe
LicenseFile=..\..\LICENSE
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
; English only: Inno Setup ships no official Simplified Chinese messages file.
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\ConsultDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; The AppUserModelID matches the one the app sets at start, so the taskbar groups and pins it right.
Name: "{autoprograms}\ConsultDesk"; Filename: "{app}\ConsultDesk.exe"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\ConsultDesk"; Filename: "{app}\ConsultDesk.exe"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Run]
Filename: "{app}\ConsultDesk.exe"; Description: "{cm:LaunchProgram,ConsultDesk}"; Flags: nowait postinstall skipifsilent
