<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Credentials</name>
    <message>
        <source>The password for %1 on %2 is kept in memory for this session only.</source>
        <translation>%2 の %1 のパスワードは、今回の操作のあいだだけ、メモリーに保持しています（保存はしていません）。</translation>
    </message>
    <message>
        <source>The password for %1 on %2 was read from this computer's password store.</source>
        <translation>%2 の %1 のパスワードを、このパソコンのパスワード保管庫から読み込みました。</translation>
    </message>
    <message>
        <source>This computer has no password store that SMTP Doctor can use (such as Windows Credential Manager, the macOS keychain or GNOME Keyring), so no saved password for %1 on %2 can be read.</source>
        <translation>このパソコンには、SMTP Doctor が使えるパスワード保管庫（Windows の資格情報マネージャー、Mac のキーチェーン、Linux の GNOME キーリングなど）がありません。そのため、%2 の %1 の保存済みパスワードは読み込めません。</translation>
    </message>
    <message>
        <source>The password store is locked or did not allow access, so the saved password for %1 on %2 could not be read.</source>
        <translation>パスワード保管庫がロックされているか、アクセスが許可されませんでした。そのため、%2 の %1 の保存済みパスワードを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The password store did not answer within %3 seconds (it may be locked and waiting for its own password), so the saved password for %1 on %2 could not be read.</source>
        <translation>パスワード保管庫から %3 秒以内に応答がありませんでした（ロックされていて、解除のパスワードを待っている可能性があります）。そのため、%2 の %1 の保存済みパスワードを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The password store reported a problem (%3), so the saved password for %1 on %2 could not be read.</source>
        <translation>パスワード保管庫で問題が起きました（%3）。そのため、%2 の %1 の保存済みパスワードを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The password for %1 on %2 is saved in this computer's password store.</source>
        <translation>%2 の %1 のパスワードを、このパソコンのパスワード保管庫に保存しました。</translation>
    </message>
    <message>
        <source>This computer has no password store that SMTP Doctor can use (such as Windows Credential Manager, the macOS keychain or GNOME Keyring), so the password for %1 on %2 was not saved. It is kept in memory for this session only.</source>
        <translation>このパソコンには、SMTP Doctor が使えるパスワード保管庫（Windows の資格情報マネージャー、Mac のキーチェーン、Linux の GNOME キーリングなど）がないため、%2 の %1 のパスワードは保存していません。今回の操作のあいだだけメモリーに保持します。</translation>
    </message>
    <message>
        <source>The password store is locked or did not allow access, so the password for %1 on %2 was not saved. It is kept in memory for this session only.</source>
        <translation>パスワード保管庫がロックされているか、アクセスが許可されなかったため、%2 の %1 のパスワードは保存していません。今回の操作のあいだだけメモリーに保持します。</translation>
    </message>
    <message>
        <source>The password store did not answer within %3 seconds (it may be locked and waiting for its own password), so the password for %1 on %2 was not saved. It is kept in memory for this session only.</source>
        <translation>パスワード保管庫から %3 秒以内に応答がなかったため（ロックされていて、解除のパスワードを待っている可能性があります）、%2 の %1 のパスワードは保存していません。今回の操作のあいだだけメモリーに保持します。</translation>
    </message>
    <message>
        <source>The password store reported a problem (%3), so the password for %1 on %2 was not saved. It is kept in memory for this session only.</source>
        <translation>パスワード保管庫で問題が起きたため（%3）、%2 の %1 のパスワードは保存していません。今回の操作のあいだだけメモリーに保持します。</translation>
    </message>
    <message>
        <source>The saved password for %1 on %2 was removed from this computer's password store.</source>
        <translation>%2 の %1 の保存済みパスワードを、このパソコンのパスワード保管庫から削除しました。</translation>
    </message>
    <message>
        <source>No password was saved for %1 on %2, so there was nothing to remove.</source>
        <translation>%2 の %1 のパスワードは保存されていなかったため、削除するものはありませんでした。</translation>
    </message>
    <message>
        <source>This computer has no password store that SMTP Doctor can use (such as Windows Credential Manager, the macOS keychain or GNOME Keyring), so no password for %1 on %2 is saved there.</source>
        <translation>このパソコンには、SMTP Doctor が使えるパスワード保管庫（Windows の資格情報マネージャー、Mac のキーチェーン、Linux の GNOME キーリングなど）がないため、%2 の %1 のパスワードはどこにも保存されていません。</translation>
    </message>
    <message>
        <source>The password store is locked or did not allow access, so the saved password for %1 on %2 could not be removed.</source>
        <translation>パスワード保管庫がロックされているか、アクセスが許可されなかったため、%2 の %1 の保存済みパスワードを削除できませんでした。</translation>
    </message>
    <message>
        <source>The password store did not answer within %3 seconds (it may be locked and waiting for its own password), so the saved password for %1 on %2 could not be removed.</source>
        <translation>パスワード保管庫から %3 秒以内に応答がなかったため（ロックされていて、解除のパスワードを待っている可能性があります）、%2 の %1 の保存済みパスワードを削除できませんでした。</translation>
    </message>
    <message>
        <source>The password store reported a problem (%3), so the saved password for %1 on %2 could not be removed.</source>
        <translation>パスワード保管庫で問題が起きたため（%3）、%2 の %1 の保存済みパスワードを削除できませんでした。</translation>
    </message>
    <message>
        <source>No saved password for %1 on %2 was found in this computer's password store (or it is locked).</source>
        <translation>%2 の %1 の保存済みパスワードは、このパソコンのパスワード保管庫に見つかりませんでした（保管庫がロックされている可能性もあります）。</translation>
    </message>
    <message>
        <source>The saved sign-in for %1 at %2 is kept in memory for this session only.</source>
        <translation>%2 での %1 の保存済みログイン情報は、今回の操作のあいだだけメモリーに保持しています。</translation>
    </message>
    <message>
        <source>No sign-in was saved for %1 at %2, so there was nothing to remove.</source>
        <translation>%2 での %1 のログイン情報は保存されていなかったため、削除するものはありませんでした。</translation>
    </message>
    <message>
        <source>The saved sign-in for %1 at %2 was read from this computer's password store.</source>
        <translation>%2 での %1 の保存済みログイン情報を、このパソコンのパスワード保管庫から読み込みました。</translation>
    </message>
    <message>
        <source>No saved sign-in for %1 at %2 was found in this computer's password store (or the keychain is locked). Sign in with the browser once and let SMTP Doctor remember it.</source>
        <translation>%2 での %1 の保存済みログイン情報は、このパソコンのパスワード保管庫に見つかりませんでした（パスワード保管庫がロックされている可能性もあります）。一度ブラウザーでログインし、SMTP Doctor にログイン情報を保存させてください。</translation>
    </message>
    <message>
        <source>This computer has no password store that SMTP Doctor can use, so no saved sign-in for %1 at %2 can be read.</source>
        <translation>このパソコンには SMTP Doctor が使えるパスワード保管庫（Windows の資格情報マネージャー、Mac のキーチェーン、Linux の GNOME キーリングなど）がありません。そのため、%2 での %1 の保存済みログイン情報は読み込めません。</translation>
    </message>
    <message>
        <source>This computer's password store is locked or did not allow access, so the saved sign-in for %1 at %2 could not be read.</source>
        <translation>パスワード保管庫がロックされているか、アクセスが許可されませんでした。そのため、%2 での %1 の保存済みログイン情報を読み込めませんでした。</translation>
    </message>
    <message>
        <source>This computer's password store did not answer within %3 seconds (it may be locked and waiting for its own password), so the saved sign-in for %1 at %2 could not be read.</source>
        <translation>パスワード保管庫から %3 秒以内に応答がありませんでした（ロックされていて、解除のパスワードを待っている可能性があります）。そのため、%2 での %1 の保存済みログイン情報を読み込めませんでした。</translation>
    </message>
    <message>
        <source>This computer's password store reported a problem (%3), so the saved sign-in for %1 at %2 could not be read.</source>
        <translation>パスワード保管庫で問題が起きました（%3）。そのため、%2 での %1 の保存済みログイン情報を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The sign-in for %1 at %2 is saved in this computer's password store, so the next check needs no browser.</source>
        <translation>%2 での %1 のログイン情報を、このパソコンのパスワード保管庫に保存しました。次回の確認ではブラウザーでのログインは不要です。</translation>
    </message>
    <message>
        <source>This computer has no password store that SMTP Doctor can use, so the sign-in for %1 at %2 was not saved. It is kept in memory for this session only.</source>
        <translation>このパソコンには SMTP Doctor が使えるパスワード保管庫（Windows の資格情報マネージャー、Mac のキーチェーン、Linux の GNOME キーリングなど）がないため、%2 での %1 のログイン情報は保存していません。今回の操作のあいだだけメモリーに保持します。</translation>
    </message>
    <message>
        <source>This computer's password store is locked or did not allow access, so the sign-in for %1 at %2 was not saved. It is kept in memory for this session only.</source>
        <translation>パスワード保管庫がロックされているか、アクセスが許可されなかったため、%2 での %1 のログイン情報は保存していません。今回の操作のあいだだけメモリーに保持します。</translation>
    </message>
    <message>
        <source>This computer's password store did not answer within %3 seconds (it may be locked and waiting for its own password), so the sign-in for %1 at %2 was not saved. It is kept in memory for this session only.</source>
        <translation>パスワード保管庫から %3 秒以内に応答がなかったため（ロックされていて、解除のパスワードを待っている可能性があります）、%2 での %1 のログイン情報は保存していません。今回の操作のあいだだけメモリーに保持します。</translation>
    </message>
    <message>
        <source>This computer's password store reported a problem (%3), so the sign-in for %1 at %2 was not saved. It is kept in memory for this session only.</source>
        <translation>パスワード保管庫で問題が起きたため（%3）、%2 での %1 のログイン情報は保存していません。今回の操作のあいだだけメモリーに保持します。</translation>
    </message>
    <message>
        <source>The saved sign-in for %1 at %2 was removed from this computer's password store.</source>
        <translation>%2 での %1 の保存済みログイン情報を、パスワード保管庫から削除しました。</translation>
    </message>
    <message>
        <source>This computer has no password store that SMTP Doctor can use, so no sign-in for %1 at %2 is saved there.</source>
        <translation>このパソコンには SMTP Doctor が使えるパスワード保管庫（Windows の資格情報マネージャー、Mac のキーチェーン、Linux の GNOME キーリングなど）がないため、%2 での %1 のログイン情報はどこにも保存されていません。</translation>
    </message>
    <message>
        <source>This computer's password store is locked or did not allow access, so the saved sign-in for %1 at %2 could not be removed.</source>
        <translation>パスワード保管庫がロックされているか、アクセスが許可されなかったため、%2 での %1 の保存済みログイン情報を削除できませんでした。</translation>
    </message>
    <message>
        <source>This computer's password store did not answer within %3 seconds (it may be locked and waiting for its own password), so the saved sign-in for %1 at %2 could not be removed.</source>
        <translation>パスワード保管庫から %3 秒以内に応答がなかったため（ロックされていて、解除のパスワードを待っている可能性があります）、%2 での %1 の保存済みログイン情報を削除できませんでした。</translation>
    </message>
    <message>
        <source>This computer's password store reported a problem (%3), so the saved sign-in for %1 at %2 could not be removed.</source>
        <translation>パスワード保管庫で問題が起きたため（%3）、%2 での %1 の保存済みログイン情報を削除できませんでした。</translation>
    </message>
</context>
</TS>