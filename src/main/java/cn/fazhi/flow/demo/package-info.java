/** The demo county 示范县, its five townships, users and sample reports (profile {@code demo}). */
package cn.fazhi.flow.demo;
