/** The tracking board of a campaign. */
package cn.fazhi.flow.campaign.ui;
