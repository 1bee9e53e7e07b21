; Inno Setup script for the Windows build of Ava Desktop (not tested by CI).
;
; On Windows, from the repository root:
;   py -3.11 -m venv .venv && .venv\Scripts\pip install ".[local,bundle]"
;   .venv\Scripts\python -m PyInstaller --noconfirm packaging\ava-desktop.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\ava-desktop.iss
; which writes dist\ava-desktop-0.1.0-windows-x64-setup.exe from dist\ava-desktop\.
; The spec builds ava-desktop.exe with console=False: no console window opens.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{AF66000D-9DB6-42CD-BF3C-4882B8FCC577}
AppName=Ava Desktop
AppVersion={#AppVersion}
AppPublisher=Ava Desktop developers
DefaultDirName={autopf}\Ava Desktop
DefaultGroupName=Ava Desktop
DisableProgramGroupPage=yes
; per-user install by default (no admin prompt); users may choose all users
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=ava-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile=ava-desktop.ico
UninstallDisplayIcon={app}\ava-desktop.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
LicenseFile=..\..\LICENSE

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\ava-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; the Start-menu shortcut
Name: "{autoprograms}\Ava Desktop"; Filename: "{app}\ava-desktop.exe"; WorkingDir: "{app}"; AppUserModelID: "AvaDesktop.AvaDesktop"
Name: "{autodesktop}\Ava Desktop"; Filename: "{app}\ava-desktop.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\ava-desktop.exe"; Description: "{cm:LaunchProgram,Ava Desktop}"; Flags: nowait postinstall skipifsilent

; Conversations and settings live in %LOCALAPPDATA%\ava-desktop and stay on uninstall.
