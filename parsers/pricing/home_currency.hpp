#pragma once
// The currency a document means when it names none, from where its sender writes from: a
// Spanish supplier's CSV export with "7,10" and no currency anywhere is in euros.
#include <string>
#include <string_view>

namespace mailclerk::pricing {

// The currency of the country whose top-level domain ends the mail address or domain
// ("ventas@hidraulica-levante.es" -> "EUR", ".co.uk" -> "GBP", ".ch" -> "CHF", ".jp" -> "JPY"),
// or "" for generic domains (.com, .net, .eu, .asia, ...) and countries where quotes often
// come in other currencies (.hk, .sg, and those not listed).
std::string home_currency(std::string_view address);

// The peso written "$" in the country whose domain ends the address ("compras@sumatacama.cl" ->
// "CLP", "@dotavalle.com.co" -> "COP"; words.txt [dollar_sign_pesos]), or "".
std::string dollar_sign_peso(std::string_view address);

} // namespace mailclerk::pricing
